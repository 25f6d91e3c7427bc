package dev.s3403.diagnostics.check.organization;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.ConditionDenies;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.eval.PolicyType;

/** C6 {@code perimeter-network-deny}: a Deny admits only requests from an expected network (VPC endpoint, VPC or IP range) (taxonomy §4). */
public final class PerimeterNetworkDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("perimeter-network-deny", "C6",
      "a Deny admits only requests from an expected network (VPC endpoint, VPC or IP range)", Family.C, Severity.CONDITIONAL, Owner.BUCKET_OWNER, 5);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if ((t.explicitIn("resource-based policy") || t.explicitIn("resource control policy") || t.explicitIn("identity-based policy") || t.explicitIn("VPC endpoint policy")) && t.hasAny("vpce", "vpc endpoint", "sourceip", "vpn", "from my laptop", "home")) return Likelihood.LIKELY;
    if (t.explicitIn("resource-based policy") || t.explicitIn("resource control policy") || t.explicitIn("identity-based policy") || t.explicitIn("service control policy")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return ConditionDenies.find(s, ConditionDenies.NETWORK, "the network the request came from", PolicyType.RESOURCE, PolicyType.RCP, PolicyType.IDENTITY, PolicyType.SCP, PolicyType.VPC_ENDPOINT);
  }
}
