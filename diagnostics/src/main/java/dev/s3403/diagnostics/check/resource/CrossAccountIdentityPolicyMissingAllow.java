package dev.s3403.diagnostics.check.resource;

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
import dev.s3403.diagnostics.resolve.Relation;

/** D3 {@code cross-account-identity-policy-missing-allow}: the caller's own policies do not allow access to the other account's bucket (taxonomy §4). */
public final class CrossAccountIdentityPolicyMissingAllow implements Check {
  private static final CheckInfo INFO = new CheckInfo("cross-account-identity-policy-missing-allow", "D3",
      "the caller's own policies do not allow access to the other account's bucket", Family.D, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, 4);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("identity-based policy") && !t.actionIn("kms")) return Likelihood.POSSIBLE;
    if (t.bare() && t.parsed().tool() != null) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return !s.request().crossAccount() ? (s.request().relation() == Relation.SAME_ACCOUNT ? Finding.ruledOut("the caller and the bucket are in one account") : Finding.silent()) : Layers.noAllow(s, PolicyType.IDENTITY, Layers.S3, "identity-based policies");
  }
}
