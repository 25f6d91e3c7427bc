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

/** C3 {@code scp-region-deny}: a service control policy denies requests outside the approved Regions (taxonomy §4). */
public final class ScpRegionDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("scp-region-deny", "C3",
      "a service control policy denies requests outside the approved Regions", Family.C, Severity.CONDITIONAL, Owner.ORGANIZATION, 8);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.explicitIn("service control policy") && t.hasAny("region", "requestedregion")) return Likelihood.LIKELY;
    if (t.explicitIn("service control policy")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return ConditionDenies.find(s, ConditionDenies.REGION, "the Region the request went to", PolicyType.SCP, PolicyType.IDENTITY);
  }
}
