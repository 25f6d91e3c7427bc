package dev.s3403.diagnostics.check.identity;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.PathFindings;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** B12 {@code iam-change-propagation-delay}: a policy change had not reached every AWS Region and endpoint yet (taxonomy §4). */
public final class IamChangePropagationDelay implements Check {
  private static final CheckInfo INFO = new CheckInfo("iam-change-propagation-delay", "B12",
      "a policy change had not reached every AWS Region and endpoint yet", Family.B, Severity.TRANSIENT, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("identity-based policy") && t.hasAny("just added", "just attached", "just now", "minutes ago", "a minute ago", "seconds ago")) return Likelihood.LIKELY;
    if (t.implicitIn("identity-based policy")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PathFindings.propagation(s);
  }
}
