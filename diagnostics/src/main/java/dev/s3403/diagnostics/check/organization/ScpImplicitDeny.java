package dev.s3403.diagnostics.check.organization;

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

/** C2 {@code scp-implicit-deny}: no service control policy at some level of the organization allows the action (taxonomy §4). */
public final class ScpImplicitDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("scp-implicit-deny", "C2",
      "no service control policy at some level of the organization allows the action", Family.C, Severity.BLOCKING, Owner.ORGANIZATION, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("service control policy")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return Layers.noAllow(s, PolicyType.SCP, Layers.ANY, "service control policies");
  }
}
