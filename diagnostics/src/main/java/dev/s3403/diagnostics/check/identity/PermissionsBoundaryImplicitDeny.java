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

/** B8 {@code permissions-boundary-implicit-deny}: the caller's permissions boundary does not allow the action (taxonomy §4). */
public final class PermissionsBoundaryImplicitDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("permissions-boundary-implicit-deny", "B8",
      "the caller's permissions boundary does not allow the action", Family.B, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("permissions boundary")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return Layers.noAllow(s, PolicyType.PERMISSION_BOUNDARY, Layers.ANY, "permissions boundary");
  }
}
