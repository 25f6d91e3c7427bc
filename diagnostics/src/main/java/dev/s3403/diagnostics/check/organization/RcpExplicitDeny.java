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

/** C4 {@code rcp-explicit-deny}: a resource control policy of the organization explicitly denies the request (taxonomy §4). */
public final class RcpExplicitDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("rcp-explicit-deny", "C4",
      "a resource control policy of the organization explicitly denies the request", Family.C, Severity.BLOCKING, Owner.ORGANIZATION, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.explicitIn("resource control policy")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return Layers.explicitDeny(s, PolicyType.RCP, Layers.ANY, "resource control policies");
  }
}
