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

/** G5 {@code kms-aws-managed-key-cross-account}: the object is encrypted with the AWS managed key aws/s3, which other accounts can never use (taxonomy §4). */
public final class KmsAwsManagedKeyCrossAccount implements Check {
  private static final CheckInfo INFO = new CheckInfo("kms-aws-managed-key-cross-account", "G5",
      "the object is encrypted with the AWS managed key aws/s3, which other accounts can never use", Family.G, Severity.BLOCKING, Owner.BUCKET_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.has("alias/aws/s3")) return Likelihood.LIKELY;
    if (t.actionIn("kms") && t.principalAccount() != null && t.resourceAccount() != null && !t.principalAccount().equals(t.resourceAccount())) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return KmsFindings.awsManagedCrossAccount(s);
  }
}
