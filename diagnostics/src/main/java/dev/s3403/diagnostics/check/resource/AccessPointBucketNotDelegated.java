package dev.s3403.diagnostics.check.resource;

import dev.s3403.diagnostics.check.AccessPointFindings;
import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** D9 {@code access-point-bucket-not-delegated}: the bucket policy does not delegate access control to its access points (taxonomy §4). */
public final class AccessPointBucketNotDelegated implements Check {
  private static final CheckInfo INFO = new CheckInfo("access-point-bucket-not-delegated", "D9",
      "the bucket policy does not delegate access control to its access points", Family.D, Severity.BLOCKING, Owner.BUCKET_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.parsed().accessPointArn() != null || t.has(":accesspoint/")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return AccessPointFindings.delegation(s);
  }
}
