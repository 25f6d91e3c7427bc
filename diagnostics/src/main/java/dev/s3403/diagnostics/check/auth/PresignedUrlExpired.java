package dev.s3403.diagnostics.check.auth;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** J5 {@code presigned-url-expired}: the presigned URL was used after it expired (taxonomy §4). */
public final class PresignedUrlExpired implements Check {
  private static final CheckInfo INFO = new CheckInfo("presigned-url-expired", "J5",
      "the presigned URL was used after it expired", Family.J, Severity.TRANSIENT, Owner.CALLER, 9);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.message("request has expired") && !t.code("ExpiredToken")) return Likelihood.DECIDED;
    if (t.presigned() && t.hasAny("expired", "x-amz-expires")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }
}
