package dev.s3403.diagnostics.check.state;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.StateFindings;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** I2 {@code archived-object-not-restored}: the object is archived (Glacier Flexible Retrieval or Deep Archive) and not restored (taxonomy §4). */
public final class ArchivedObjectNotRestored implements Check {
  private static final CheckInfo INFO = new CheckInfo("archived-object-not-restored", "I2",
      "the object is archived (Glacier Flexible Retrieval or Deep Archive) and not restored", Family.I, Severity.BLOCKING, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.code("InvalidObjectState")) return Likelihood.DECIDED;
    if (t.hasAny("glacier", "deep_archive", "deep archive")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return StateFindings.archived(s);
  }
}
