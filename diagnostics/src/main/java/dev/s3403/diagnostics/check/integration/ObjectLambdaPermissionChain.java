package dev.s3403.diagnostics.check.integration;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** K5 {@code object-lambda-permission-chain}: an S3 Object Lambda request lacks a permission in its chain (access point, Lambda, supporting access point) (taxonomy §4). */
public final class ObjectLambdaPermissionChain implements Check {
  private static final CheckInfo INFO = new CheckInfo("object-lambda-permission-chain", "K5",
      "an S3 Object Lambda request lacks a permission in its chain (access point, Lambda, supporting access point)", Family.K, Severity.BLOCKING, Owner.SERVICE_CONFIGURATION, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny("s3-object-lambda", "object lambda", "writegetobjectresponse")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }
}
