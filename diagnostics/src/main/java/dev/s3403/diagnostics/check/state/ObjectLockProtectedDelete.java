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

/** I3 {@code object-lock-protected-delete}: Object Lock (retention or legal hold) protects the object version from deletion or overwrite (taxonomy §4). */
public final class ObjectLockProtectedDelete implements Check {
  private static final CheckInfo INFO = new CheckInfo("object-lock-protected-delete", "I3",
      "Object Lock (retention or legal hold) protects the object version from deletion or overwrite", Family.I, Severity.BLOCKING, Owner.BUCKET_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny("object lock", "retention", "legal hold", "worm")) return Likelihood.LIKELY;
    if (t.operation("DeleteObject", "DeleteObjects", "PutObjectRetention", "PutObjectLegalHold") && !t.namesPolicyType()) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return StateFindings.locked(s);
  }
}
