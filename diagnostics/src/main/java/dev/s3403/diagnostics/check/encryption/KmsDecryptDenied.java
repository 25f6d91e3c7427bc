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

/** G1 {@code kms-decrypt-denied}: the caller may not use the KMS key to decrypt the object (taxonomy §4). */
public final class KmsDecryptDenied implements Check {
  private static final CheckInfo INFO = new CheckInfo("kms-decrypt-denied", "G1",
      "the caller may not use the KMS key to decrypt the object", Family.G, Severity.BLOCKING, Owner.KEY_OWNER, 3);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.action("kms:Decrypt") && !t.upload()) return Likelihood.DECIDED;
    if (t.action("kms:Decrypt")) return Likelihood.LIKELY;
    if (t.message("kms") || t.has("aws:kms")) return Likelihood.LIKELY;
    if (t.bodyless() && t.operation("HeadObject", "GetObject")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return KmsFindings.denied(s, "kms:Decrypt", false);
  }
}
