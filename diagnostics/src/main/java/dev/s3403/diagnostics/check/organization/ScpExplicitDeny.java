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

/** C1 {@code scp-explicit-deny}: a service control policy of the organization explicitly denies the action (taxonomy §4). */
public final class ScpExplicitDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("scp-explicit-deny", "C1",
      "a service control policy of the organization explicitly denies the action", Family.C, Severity.BLOCKING, Owner.ORGANIZATION, 8);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.explicitIn("service control policy")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return Layers.explicitDeny(s, PolicyType.SCP, Layers.ANY, "service control policies");
  }
}
