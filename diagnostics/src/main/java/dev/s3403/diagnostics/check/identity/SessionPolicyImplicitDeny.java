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

/** B10 {@code session-policy-implicit-deny}: the session policy passed when the session was made does not allow the action (taxonomy §4). */
public final class SessionPolicyImplicitDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("session-policy-implicit-deny", "B10",
      "the session policy passed when the session was made does not allow the action", Family.B, Severity.BLOCKING, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("session policy")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return Layers.noAllow(s, PolicyType.SESSION, Layers.ANY, "session policy");
  }
}
