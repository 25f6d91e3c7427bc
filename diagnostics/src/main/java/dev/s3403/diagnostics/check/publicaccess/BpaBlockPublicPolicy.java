package dev.s3403.diagnostics.check.publicaccess;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** E3 {@code bpa-block-public-policy}: Block Public Access (BlockPublicPolicy) refuses a bucket policy that grants public access (taxonomy §4). */
public final class BpaBlockPublicPolicy implements Check {
  private static final CheckInfo INFO = new CheckInfo("bpa-block-public-policy", "E3",
      "Block Public Access (BlockPublicPolicy) refuses a bucket policy that grants public access", Family.E, Severity.BLOCKING, Owner.BUCKET_OWNER, 7);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.has("blockpublicpolicy")) return Likelihood.DECIDED;
    if (t.operation("PutBucketPolicy", "PutAccessPointPolicy")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }
}
