package dev.s3403.diagnostics.check.encryption;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.KmsFindings;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** G4 {@code kms-cross-account-key-access}: the key of another account does not allow the caller, or the caller's policies do not allow the key (taxonomy §4). */
public final class KmsCrossAccountKeyAccess implements Check {
  private static final CheckInfo INFO = new CheckInfo("kms-cross-account-key-access", "G4",
      "the key of another account does not allow the caller, or the caller's policies do not allow the key", Family.G, Severity.BLOCKING, Owner.KEY_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.actionIn("kms") && t.principalAccount() != null && t.resourceAccount() != null && !t.principalAccount().equals(t.resourceAccount())) return Likelihood.LIKELY;
    if (t.actionIn("kms")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return KmsFindings.crossAccount(s);
  }
}
