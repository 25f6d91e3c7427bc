package dev.s3403.diagnostics.check.resource;

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

/** D7 {@code request-attribute-condition-other}: a policy condition on another request attribute (storage class, tag, prefix, time) does not hold (taxonomy §4). */
public final class RequestAttributeConditionOther implements Check {
  private static final CheckInfo INFO = new CheckInfo("request-attribute-condition-other", "D7",
      "a policy condition on another request attribute (storage class, tag, prefix, time) does not hold", Family.D, Severity.CONDITIONAL, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.explicitIn("resource-based policy") || t.explicitIn("resource control policy")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return ConditionDenies.find(s, null, "another attribute of the request", PolicyType.RESOURCE, PolicyType.RCP);
  }
}
