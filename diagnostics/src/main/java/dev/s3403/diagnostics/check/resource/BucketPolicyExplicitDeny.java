package dev.s3403.diagnostics.check.resource;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Layers;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.eval.PolicyType;

/** D1 {@code bucket-policy-explicit-deny}: the bucket policy explicitly denies the request (taxonomy §4). */
public final class BucketPolicyExplicitDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("bucket-policy-explicit-deny", "D1",
      "the bucket policy explicitly denies the request", Family.D, Severity.BLOCKING, Owner.BUCKET_OWNER, 5);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.explicitIn("resource-based policy")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return Layers.explicitDeny(s, PolicyType.RESOURCE, Layers.BUCKET, "bucket policy");
  }
}
