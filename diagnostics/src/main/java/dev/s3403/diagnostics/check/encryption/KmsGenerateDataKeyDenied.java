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

/** G2 {@code kms-generate-data-key-denied}: the caller may not use the KMS key to encrypt the upload (taxonomy §4). */
public final class KmsGenerateDataKeyDenied implements Check {
  private static final CheckInfo INFO = new CheckInfo("kms-generate-data-key-denied", "G2",
      "the caller may not use the KMS key to encrypt the upload", Family.G, Severity.BLOCKING, Owner.KEY_OWNER, 3);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.action("kms:GenerateDataKey")) return Likelihood.DECIDED;
    if (t.upload() && (t.message("kms") || t.hasAny("aws:kms", "--sse-kms-key-id")) && !t.hasAny("pending deletion", "is disabled", "invalidstate", "notfoundexception")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return KmsFindings.denied(s, "kms:GenerateDataKey", false);
  }
}
