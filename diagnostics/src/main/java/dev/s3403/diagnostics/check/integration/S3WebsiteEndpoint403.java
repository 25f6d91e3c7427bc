package dev.s3403.diagnostics.check.integration;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.PathFindings;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** K4 {@code s3-website-endpoint-403}: the website endpoint refuses: the objects are not public, or an index or error document is missing (taxonomy §4). */
public final class S3WebsiteEndpoint403 implements Check {
  private static final CheckInfo INFO = new CheckInfo("s3-website-endpoint-403", "K4",
      "the website endpoint refuses: the objects are not public, or an index or error document is missing", Family.K, Severity.BLOCKING, Owner.BUCKET_OWNER, 7);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.has("s3-website")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PathFindings.websiteEndpoint(s);
  }
}
