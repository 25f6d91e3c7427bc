package dev.s3403.diagnostics.check.resource;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.ConditionDenies;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.eval.PolicyType;

/** D5 {@code upload-encryption-header-condition}: the bucket policy requires an encryption header or key the upload did not send (taxonomy §4). */
public final class UploadEncryptionHeaderCondition implements Check {
  private static final CheckInfo INFO = new CheckInfo("upload-encryption-header-condition", "D5",
      "the bucket policy requires an encryption header or key the upload did not send", Family.D, Severity.CONDITIONAL, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if ((t.explicitIn("resource-based policy") || t.explicitIn("resource control policy") || t.explicitIn("service control policy")) && t.upload()) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return ConditionDenies.find(s, ConditionDenies.ENCRYPTION, "the encryption the upload asked for", PolicyType.RESOURCE, PolicyType.RCP, PolicyType.SCP);
  }
}
