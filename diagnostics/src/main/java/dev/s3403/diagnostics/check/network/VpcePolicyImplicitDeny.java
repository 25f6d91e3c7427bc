package dev.s3403.diagnostics.check.network;

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

/** H1 {@code vpce-policy-implicit-deny}: the VPC endpoint policy does not allow the request (taxonomy §4). */
public final class VpcePolicyImplicitDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("vpce-policy-implicit-deny", "H1",
      "the VPC endpoint policy does not allow the request", Family.H, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("VPC endpoint policy")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return Layers.noAllow(s, PolicyType.VPC_ENDPOINT, Layers.ANY, "VPC endpoint policy");
  }
}
