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

/** C5 {@code perimeter-identity-org-deny}: a data-perimeter Deny admits only principals of the organization, and the caller is outside it (taxonomy §4). */
public final class PerimeterIdentityOrgDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("perimeter-identity-org-deny", "C5",
      "a data-perimeter Deny admits only principals of the organization, and the caller is outside it", Family.C, Severity.CONDITIONAL, Owner.BUCKET_OWNER, 5);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.explicitIn("resource control policy") || t.explicitIn("resource-based policy")) return Likelihood.POSSIBLE;
    if (t.bare()) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return ConditionDenies.find(s, ConditionDenies.PRINCIPAL_ORG, "the caller's organization or account", PolicyType.RESOURCE, PolicyType.RCP);
  }
}
