package dev.s3403.diagnostics.check.auth;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** J6 {@code presigned-url-credentials-expired}: the temporary credentials that signed the URL expired before the URL did (taxonomy §4). */
public final class PresignedUrlCredentialsExpired implements Check {
  private static final CheckInfo INFO = new CheckInfo("presigned-url-credentials-expired", "J6",
      "the temporary credentials that signed the URL expired before the URL did", Family.J, Severity.TRANSIENT, Owner.CALLER, 9);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.code("ExpiredToken") && t.presigned()) return Likelihood.DECIDED;
    if (t.presigned() && t.has("x-amz-security-token") && (t.message("request has expired") || t.message("expired"))) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }
}
