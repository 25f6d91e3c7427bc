package dev.s3403.diagnostics.check.resource;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** D12 {@code access-grants-no-matching-grant}: no S3 Access Grants grant matches the caller and the prefix (taxonomy §4). */
public final class AccessGrantsNoMatchingGrant implements Check {
  private static final CheckInfo INFO = new CheckInfo("access-grants-no-matching-grant", "D12",
      "no S3 Access Grants grant matches the caller and the prefix", Family.D, Severity.BLOCKING, Owner.BUCKET_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny("access grants", "getdataaccess", "access-grants")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }
}
