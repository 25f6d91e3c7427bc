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

/** I1 {@code missing-object-masked-as-403}: the object does not exist, and without s3:ListBucket S3 answers 403 instead of 404 (taxonomy §4). */
public final class MissingObjectMaskedAs403 implements Check {
  private static final CheckInfo INFO = new CheckInfo("missing-object-masked-as-403", "I1",
      "the object does not exist, and without s3:ListBucket S3 answers 403 instead of 404", Family.I, Severity.BLOCKING, Owner.CALLER, 2);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.bare() && (t.parsed().operation() == null || t.operation("GetObject", "HeadObject")) && t.hasAny("refresh", "deep link", "cloudfront", "index.html", "404", "directly")) return Likelihood.LIKELY;
    if (t.bodyless() && t.operation("HeadObject", "GetObject")) return Likelihood.LIKELY;
    if (t.bare() && (t.parsed().operation() == null || t.operation("GetObject", "HeadObject"))) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return StateFindings.missingObject(s);
  }
}
