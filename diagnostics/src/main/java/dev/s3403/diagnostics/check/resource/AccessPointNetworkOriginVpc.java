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

/** D10 {@code access-point-network-origin-vpc}: the access point accepts requests only from its VPC (taxonomy §4). */
public final class AccessPointNetworkOriginVpc implements Check {
  private static final CheckInfo INFO = new CheckInfo("access-point-network-origin-vpc", "D10",
      "the access point accepts requests only from its VPC", Family.D, Severity.CONDITIONAL, Owner.CALLER, CheckInfo.UNCOMMON);

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
    return AccessPointFindings.networkOrigin(s);
  }
}
