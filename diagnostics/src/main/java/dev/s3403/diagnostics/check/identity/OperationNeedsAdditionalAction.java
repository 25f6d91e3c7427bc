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

/** B3 {@code operation-needs-additional-action}: the operation needs a further action the policies do not grant (taxonomy §4). */
public final class OperationNeedsAdditionalAction implements Check {
  private static final CheckInfo INFO = new CheckInfo("operation-needs-additional-action", "B3",
      "the operation needs a further action the policies do not grant", Family.B, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.namesPolicyType() && t.conditionalActionDenied() && !t.actionIn("kms")) return Likelihood.LIKELY;
    if (t.hasAny("--acl", "x-amz-acl", "x-amz-grant-", "--tagging", "x-amz-tagging")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PolicyFindings.additionalAction(s);
  }
}
