package dev.s3403.diagnostics.check.caller;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.StateFindings;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** A1 {@code wrong-caller-identity}: the request was made by another principal than the one that was granted access (taxonomy §4). */
public final class WrongCallerIdentity implements Check {
  private static final CheckInfo INFO = new CheckInfo("wrong-caller-identity", "A1",
      "the request was made by another principal than the one that was granted access", Family.A, Severity.BLOCKING, Owner.CALLER, 10);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.parsed().principalArn() != null && t.parsed().isAccessDenied()) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return StateFindings.otherCaller(s);
  }
}
