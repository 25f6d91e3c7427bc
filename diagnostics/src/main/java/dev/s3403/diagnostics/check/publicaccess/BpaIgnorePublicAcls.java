package dev.s3403.diagnostics.check.publicaccess;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.PathFindings;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** E2 {@code bpa-ignore-public-acls}: Block Public Access (IgnorePublicAcls) ignores the public ACL that would have allowed the request (taxonomy §4). */
public final class BpaIgnorePublicAcls implements Check {
  private static final CheckInfo INFO = new CheckInfo("bpa-ignore-public-acls", "E2",
      "Block Public Access (IgnorePublicAcls) ignores the public ACL that would have allowed the request", Family.E, Severity.BLOCKING, Owner.BUCKET_OWNER, 7);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.has("ignorepublicacls")) return Likelihood.DECIDED;
    if (t.unsigned()) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PathFindings.ignoredPublicAcl(s);
  }
}
