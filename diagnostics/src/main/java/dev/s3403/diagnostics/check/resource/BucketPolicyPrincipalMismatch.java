package dev.s3403.diagnostics.check.resource;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.PolicyFindings;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** D4 {@code bucket-policy-principal-mismatch}: the bucket policy's Allow names another principal than the caller (taxonomy §4). */
public final class BucketPolicyPrincipalMismatch implements Check {
  private static final CheckInfo INFO = new CheckInfo("bucket-policy-principal-mismatch", "D4",
      "the bucket policy's Allow names another principal than the caller", Family.D, Severity.BLOCKING, Owner.BUCKET_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("resource-based policy")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PolicyFindings.principalMismatch(s);
  }
}
