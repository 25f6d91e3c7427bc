package dev.s3403.diagnostics.check.state;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** I6 {@code expected-bucket-owner-mismatch}: the expected bucket owner sent with the request is not the bucket's owner (taxonomy §4). */
public final class ExpectedBucketOwnerMismatch implements Check {
  private static final CheckInfo INFO = new CheckInfo("expected-bucket-owner-mismatch", "I6",
      "the expected bucket owner sent with the request is not the bucket's owner", Family.I, Severity.BLOCKING, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny("--expected-bucket-owner", "x-amz-expected-bucket-owner", "expectedbucketowner")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }
}
