package dev.s3403.diagnostics.check.auth;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** J8 {@code presigned-post-policy-violation}: the browser POST upload broke a condition of its POST policy (taxonomy §4). */
public final class PresignedPostPolicyViolation implements Check {
  private static final CheckInfo INFO = new CheckInfo("presigned-post-policy-violation", "J8",
      "the browser POST upload broke a condition of its POST policy", Family.J, Severity.BLOCKING, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.has("invalid according to policy")) return Likelihood.DECIDED;
    if (t.operation("PostObject")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }
}
