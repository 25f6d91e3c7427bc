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

/** G7 {@code kms-key-unusable}: the KMS key is disabled, pending deletion, pending import or does not exist (taxonomy §4). */
public final class KmsKeyUnusable implements Check {
  private static final CheckInfo INFO = new CheckInfo("kms-key-unusable", "G7",
      "the KMS key is disabled, pending deletion, pending import or does not exist", Family.G, Severity.BLOCKING, Owner.KEY_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.code("KMS.NotFoundException", "KMS.DisabledException", "KMS.KMSInvalidStateException", "NotFoundException", "DisabledException", "KMSInvalidStateException") || t.hasAny("pending deletion", "is disabled", "is pending")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return KmsFindings.unusable(s);
  }
}
