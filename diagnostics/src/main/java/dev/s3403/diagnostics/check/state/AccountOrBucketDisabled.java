package dev.s3403.diagnostics.check.state;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** I7 {@code account-or-bucket-disabled}: the account is suspended or unsigned-up, or access to the bucket was disabled (taxonomy §4). */
public final class AccountOrBucketDisabled implements Check {
  private static final CheckInfo INFO = new CheckInfo("account-or-bucket-disabled", "I7",
      "the account is suspended or unsigned-up, or access to the bucket was disabled", Family.I, Severity.BLOCKING, Owner.BUCKET_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.code("AccountProblem", "AllAccessDisabled", "InvalidPayer", "NotSignedUp")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }
}
