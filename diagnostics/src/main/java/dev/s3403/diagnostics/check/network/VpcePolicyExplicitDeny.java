package dev.s3403.diagnostics.check.network;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** H2 {@code vpce-policy-explicit-deny}: the VPC endpoint policy explicitly denies the request (taxonomy §4). */
public final class VpcePolicyExplicitDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("vpce-policy-explicit-deny", "H2",
      "the VPC endpoint policy explicitly denies the request", Family.H, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.explicitIn("VPC endpoint policy")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }
}
