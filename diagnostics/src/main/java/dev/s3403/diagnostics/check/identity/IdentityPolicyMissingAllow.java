package dev.s3403.diagnostics.check.identity;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Layers;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.eval.PolicyType;

/** B1 {@code identity-policy-missing-allow}: no identity-based policy of the caller allows the action (taxonomy §4). */
public final class IdentityPolicyMissingAllow implements Check {
  private static final CheckInfo INFO = new CheckInfo("identity-policy-missing-allow", "B1",
      "no identity-based policy of the caller allows the action", Family.B, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, 1);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("identity-based policy") && !t.actionIn("kms") && !t.conditionalActionDenied()) return Likelihood.LIKELY;
    if (t.implicitIn("identity-based policy") && !t.actionIn("kms")) return Likelihood.POSSIBLE;
    if (t.bodyless() || t.bare()) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return s.request().crossAccount() ? Finding.ruledOut("the caller and the bucket are in different accounts: see cross-account-identity-policy-missing-allow") : Layers.noAllow(s, PolicyType.IDENTITY, Layers.S3, "identity-based policies");
  }
}
