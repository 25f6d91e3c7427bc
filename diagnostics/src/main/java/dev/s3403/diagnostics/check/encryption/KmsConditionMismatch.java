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

/** G6 {@code kms-condition-mismatch}: a condition in the key policy or grant (encryption context, kms:ViaService, caller account) does not hold (taxonomy §4). */
public final class KmsConditionMismatch implements Check {
  private static final CheckInfo INFO = new CheckInfo("kms-condition-mismatch", "G6",
      "a condition in the key policy or grant (encryption context, kms:ViaService, caller account) does not hold", Family.G, Severity.CONDITIONAL, Owner.KEY_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.actionIn("kms")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return KmsFindings.conditionUnmet(s);
  }
}
