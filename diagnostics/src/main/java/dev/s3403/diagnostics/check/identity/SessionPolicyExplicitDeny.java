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

/** B11 {@code session-policy-explicit-deny}: the session policy explicitly denies the action (taxonomy §4). */
public final class SessionPolicyExplicitDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("session-policy-explicit-deny", "B11",
      "the session policy explicitly denies the action", Family.B, Severity.BLOCKING, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.explicitIn("session policy")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return Layers.explicitDeny(s, PolicyType.SESSION, Layers.ANY, "session policy");
  }
}
