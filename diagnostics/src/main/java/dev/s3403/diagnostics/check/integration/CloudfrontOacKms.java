package dev.s3403.diagnostics.check.integration;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.StateFindings;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** K2 {@code cloudfront-oac-kms}: CloudFront's origin access control may not use the bucket's KMS key (taxonomy §4). */
public final class CloudfrontOacKms implements Check {
  private static final CheckInfo INFO = new CheckInfo("cloudfront-oac-kms", "K2",
      "CloudFront's origin access control may not use the bucket's KMS key", Family.K, Severity.BLOCKING, Owner.KEY_OWNER, 11);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny("cloudfront", "x-amz-cf-id") && t.hasAny("kms", "sse")) return Likelihood.LIKELY;
    if (t.hasAny("cloudfront", "x-amz-cf-id")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return StateFindings.cloudfrontKms(s);
  }
}
