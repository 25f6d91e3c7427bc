package dev.s3403.diagnostics.check.identity;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.PolicyFindings;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.eval.PolicyType;

/** B5 {@code identity-policy-condition-unmet}: a condition of the identity policy's Allow does not hold for this request (taxonomy §4). */
public final class IdentityPolicyConditionUnmet implements Check {
  private static final CheckInfo INFO = new CheckInfo("identity-policy-condition-unmet", "B5",
      "a condition of the identity policy's Allow does not hold for this request", Family.B, Severity.CONDITIONAL, Owner.PRINCIPAL_ACCOUNT, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("identity-based policy")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PolicyFindings.conditionUnmet(s, PolicyType.IDENTITY, null);
  }
}
