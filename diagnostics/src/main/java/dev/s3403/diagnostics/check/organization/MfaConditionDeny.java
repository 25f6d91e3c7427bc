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

/** C9 {@code mfa-condition-deny}: a Deny requires multi-factor authentication, and the session has none (taxonomy §4). */
public final class MfaConditionDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("mfa-condition-deny", "C9",
      "a Deny requires multi-factor authentication, and the session has none", Family.C, Severity.CONDITIONAL, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if ((t.explicitIn("identity-based policy") || t.explicitIn("resource-based policy")) && t.hasAny("mfa", "multifactor")) return Likelihood.LIKELY;
    if (t.explicitIn("identity-based policy") || t.explicitIn("resource-based policy")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return ConditionDenies.find(s, ConditionDenies.MFA, "multi-factor authentication", PolicyType.IDENTITY, PolicyType.RESOURCE, PolicyType.SCP);
  }
}
