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

/** G3 {@code kms-multipart-needs-decrypt}: a multipart upload with SSE-KMS also needs kms:Decrypt (taxonomy §4). */
public final class KmsMultipartNeedsDecrypt implements Check {
  private static final CheckInfo INFO = new CheckInfo("kms-multipart-needs-decrypt", "G3",
      "a multipart upload with SSE-KMS also needs kms:Decrypt", Family.G, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, 3);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.action("kms:Decrypt") && (t.upload() || t.has("multipart"))) return Likelihood.LIKELY;
    if (t.upload() && t.has("multipart") && t.hasAny("kms", "sse")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return KmsFindings.denied(s, "kms:Decrypt", true);
  }
}
