package dev.s3403.diagnostics.check.ownership;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.StateFindings;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** F1 {@code object-owned-by-other-account}: the object belongs to another account than the bucket owner, and its ACL does not grant the caller (taxonomy §4). */
public final class ObjectOwnedByOtherAccount implements Check {
  private static final CheckInfo INFO = new CheckInfo("object-owned-by-other-account", "F1",
      "the object belongs to another account than the bucket owner, and its ACL does not grant the caller", Family.F, Severity.BLOCKING, Owner.BUCKET_OWNER, 6);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.bodyless() && t.operation("HeadObject", "GetObject", "GetObjectAcl", "CopyObject")) return Likelihood.POSSIBLE;
    if (t.bare() && t.operation("GetObject", "GetObjectAcl", "PutObjectAcl")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return StateFindings.otherOwner(s);
  }
}
