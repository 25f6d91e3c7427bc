package dev.s3403.diagnostics.check.publicaccess;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.PolicyFindings;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** E4 {@code bpa-restrict-public-buckets}: Block Public Access (RestrictPublicBuckets) blocks access granted by a public bucket policy (taxonomy §4). */
public final class BpaRestrictPublicBuckets implements Check {
  private static final CheckInfo INFO = new CheckInfo("bpa-restrict-public-buckets", "E4",
      "Block Public Access (RestrictPublicBuckets) blocks access granted by a public bucket policy", Family.E, Severity.BLOCKING, Owner.BUCKET_OWNER, 7);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.has("restrictpublicbuckets")) return Likelihood.DECIDED;
    if (t.explicitIn("resource-based policy") || t.unsigned()) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PolicyFindings.restrictPublicBuckets(s);
  }
}
