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

/** K1 {@code cloudfront-origin-access-bucket-policy}: the bucket policy does not allow CloudFront's origin access control (or identity) (taxonomy §4). */
public final class CloudfrontOriginAccessBucketPolicy implements Check {
  private static final CheckInfo INFO = new CheckInfo("cloudfront-origin-access-bucket-policy", "K1",
      "the bucket policy does not allow CloudFront's origin access control (or identity)", Family.K, Severity.BLOCKING, Owner.BUCKET_OWNER, 11);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny("cloudfront", "x-amz-cf-id", "origin access")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return StateFindings.cloudfront(s);
  }
}
