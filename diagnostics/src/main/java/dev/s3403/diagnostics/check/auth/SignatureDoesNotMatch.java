package dev.s3403.diagnostics.check.auth;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** J2 {@code signature-does-not-match}: the request signature does not match: wrong secret key, or the request changed after signing (taxonomy §4). */
public final class SignatureDoesNotMatch implements Check {
  private static final CheckInfo INFO = new CheckInfo("signature-does-not-match", "J2",
      "the request signature does not match: wrong secret key, or the request changed after signing", Family.J, Severity.BLOCKING, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.code("SignatureDoesNotMatch")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }
}
