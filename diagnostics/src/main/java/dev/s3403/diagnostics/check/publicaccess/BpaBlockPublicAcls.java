package dev.s3403.diagnostics.check.publicaccess;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** E1 {@code bpa-block-public-acls}: Block Public Access (BlockPublicAcls) refuses a request that sets a public ACL (taxonomy §4). */
public final class BpaBlockPublicAcls implements Check {
  private static final CheckInfo INFO = new CheckInfo("bpa-block-public-acls", "E1",
      "Block Public Access (BlockPublicAcls) refuses a request that sets a public ACL", Family.E, Severity.BLOCKING, Owner.CALLER, 7);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.has("blockpublicacls")) return Likelihood.DECIDED;
    if (t.hasAny("public-read", "public-read-write", "authenticated-read", "allusers")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }
}
