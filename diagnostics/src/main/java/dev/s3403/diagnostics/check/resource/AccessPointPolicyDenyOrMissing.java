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

/** D8 {@code access-point-policy-deny-or-missing}: the access point policy denies the request or does not allow it (taxonomy §4). */
public final class AccessPointPolicyDenyOrMissing implements Check {
  private static final CheckInfo INFO = new CheckInfo("access-point-policy-deny-or-missing", "D8",
      "the access point policy denies the request or does not allow it", Family.D, Severity.BLOCKING, Owner.BUCKET_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.parsed().accessPointArn() != null || t.has(":accesspoint/")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return AccessPointFindings.policy(s);
  }
}
