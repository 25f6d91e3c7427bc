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

/** C7 {@code perimeter-resource-org-deny}: a Deny lets principals reach only resources of their own organization, and this bucket is outside it (taxonomy §4). */
public final class PerimeterResourceOrgDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("perimeter-resource-org-deny", "C7",
      "a Deny lets principals reach only resources of their own organization, and this bucket is outside it", Family.C, Severity.CONDITIONAL, Owner.ORGANIZATION, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.explicitIn("identity-based policy") || t.explicitIn("service control policy") || t.explicitIn("VPC endpoint policy")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return ConditionDenies.find(s, ConditionDenies.RESOURCE_ORG, "the organization of the bucket", PolicyType.IDENTITY, PolicyType.SCP, PolicyType.VPC_ENDPOINT);
  }
}
