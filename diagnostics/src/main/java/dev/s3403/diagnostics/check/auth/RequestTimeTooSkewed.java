package dev.s3403.diagnostics.check.auth;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** J3 {@code request-time-too-skewed}: the client's clock is more than 15 minutes off (taxonomy §4). */
public final class RequestTimeTooSkewed implements Check {
  private static final CheckInfo INFO = new CheckInfo("request-time-too-skewed", "J3",
      "the client's clock is more than 15 minutes off", Family.J, Severity.TRANSIENT, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.code("RequestTimeTooSkewed")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }
}
