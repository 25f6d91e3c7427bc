package dev.s3403.diagnostics.check.auth;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** J1 {@code invalid-access-key-id}: the access key id does not exist (deleted, wrong account or partition) (taxonomy §4). */
public final class InvalidAccessKeyId implements Check {
  private static final CheckInfo INFO = new CheckInfo("invalid-access-key-id", "J1",
      "the access key id does not exist (deleted, wrong account or partition)", Family.J, Severity.BLOCKING, Owner.CALLER, 10);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.code("InvalidAccessKeyId", "InvalidSecurity", "InvalidClientTokenId")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }
}
