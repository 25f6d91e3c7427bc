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

/** D6 {@code upload-acl-header-condition}: the bucket policy requires an ACL header the upload did not send (or forbids the one it sent) (taxonomy §4). */
public final class UploadAclHeaderCondition implements Check {
  private static final CheckInfo INFO = new CheckInfo("upload-acl-header-condition", "D6",
      "the bucket policy requires an ACL header the upload did not send (or forbids the one it sent)", Family.D, Severity.CONDITIONAL, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.explicitIn("resource-based policy") && t.upload() && t.hasAny("--acl", "x-amz-acl", "x-amz-grant-", "bucket-owner-full-control")) return Likelihood.LIKELY;
    if (t.explicitIn("resource-based policy") && t.upload()) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return ConditionDenies.find(s, ConditionDenies.ACL, "the ACL the upload sent", PolicyType.RESOURCE, PolicyType.RCP);
  }
}
