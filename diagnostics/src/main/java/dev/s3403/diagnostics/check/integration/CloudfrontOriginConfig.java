package dev.s3403.diagnostics.check.integration;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** K3 {@code cloudfront-origin-config}: CloudFront's origin is configured wrongly (website endpoint, signing, default root object) (taxonomy §4). */
public final class CloudfrontOriginConfig implements Check {
  private static final CheckInfo INFO = new CheckInfo("cloudfront-origin-config", "K3",
      "CloudFront's origin is configured wrongly (website endpoint, signing, default root object)", Family.K, Severity.BLOCKING, Owner.SERVICE_CONFIGURATION, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny("defaultrootobject", "default root object", "origin path", "originpath")) return Likelihood.LIKELY;
    if (t.hasAny("cloudfront", "x-amz-cf-id")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }
}
