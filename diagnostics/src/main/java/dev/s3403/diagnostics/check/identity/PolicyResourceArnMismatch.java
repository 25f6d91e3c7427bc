package dev.s3403.diagnostics.check.identity;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.PolicyFindings;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.eval.PolicyType;

/** B2 {@code policy-resource-arn-mismatch}: the identity policy grants the action on another resource ARN than the request's (taxonomy §4). */
public final class PolicyResourceArnMismatch implements Check {
  private static final CheckInfo INFO = new CheckInfo("policy-resource-arn-mismatch", "B2",
      "the identity policy grants the action on another resource ARN than the request's", Family.B, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, 1);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("identity-based policy") && !t.actionIn("kms")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PolicyFindings.resourceMismatch(s, PolicyType.IDENTITY);
  }
}
