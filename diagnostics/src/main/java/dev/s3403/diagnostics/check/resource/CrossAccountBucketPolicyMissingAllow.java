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
import dev.s3403.diagnostics.resolve.Relation;

/** D2 {@code cross-account-bucket-policy-missing-allow}: the bucket policy of another account does not allow the caller (taxonomy §4). */
public final class CrossAccountBucketPolicyMissingAllow implements Check {
  private static final CheckInfo INFO = new CheckInfo("cross-account-bucket-policy-missing-allow", "D2",
      "the bucket policy of another account does not allow the caller", Family.D, Severity.BLOCKING, Owner.BUCKET_OWNER, 4);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("resource-based policy")) return Likelihood.LIKELY;
    if (t.bare() && t.parsed().tool() != null) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return !s.request().crossAccount() ? (s.request().relation() == Relation.SAME_ACCOUNT ? Finding.ruledOut("the caller and the bucket are in one account") : Finding.silent()) : Layers.noAllow(s, PolicyType.RESOURCE, Layers.BUCKET, "bucket policy");
  }
}
