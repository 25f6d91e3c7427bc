package dev.s3403.diagnostics.check.state;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** I4 {@code mfa-delete-required}: MFA Delete is enabled, and the request did not carry an MFA token (taxonomy §4). */
public final class MfaDeleteRequired implements Check {
  private static final CheckInfo INFO = new CheckInfo("mfa-delete-required", "I4",
      "MFA Delete is enabled, and the request did not carry an MFA token", Family.I, Severity.BLOCKING, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.message("mfa authentication must be used") || t.has("mfa authentication must be used")) return Likelihood.DECIDED;
    if (t.operation("DeleteObject", "PutBucketVersioning") && t.has("mfa")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }
}
