package dev.s3403.diagnostics.check.auth;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** J4 {@code session-token-expired-or-invalid}: the session token has expired or is invalid (taxonomy §4). */
public final class SessionTokenExpiredOrInvalid implements Check {
  private static final CheckInfo INFO = new CheckInfo("session-token-expired-or-invalid", "J4",
      "the session token has expired or is invalid", Family.J, Severity.TRANSIENT, Owner.CALLER, 10);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.code("ExpiredToken", "InvalidToken", "TokenRefreshRequired", "ExpiredTokenException") && !t.presigned()) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }
}
