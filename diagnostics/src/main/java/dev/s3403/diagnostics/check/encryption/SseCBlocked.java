package dev.s3403.diagnostics.check.encryption;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** G8 {@code sse-c-blocked}: the bucket blocks uploads with customer-provided keys (SSE-C) (taxonomy §4). */
public final class SseCBlocked implements Check {
  private static final CheckInfo INFO = new CheckInfo("sse-c-blocked", "G8",
      "the bucket blocks uploads with customer-provided keys (SSE-C)", Family.G, Severity.BLOCKING, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.has("customer provided keys") && t.has("blocked")) return Likelihood.DECIDED;
    if (t.hasAny("--sse-c", "sse-customer", "ssecustomer")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }
}
