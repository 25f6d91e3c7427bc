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

/** B6 {@code list-prefix-condition-mismatch}: the Allow for listing is limited to prefixes the request did not ask for (taxonomy §4). */
public final class ListPrefixConditionMismatch implements Check {
  private static final CheckInfo INFO = new CheckInfo("list-prefix-condition-mismatch", "B6",
      "the Allow for listing is limited to prefixes the request did not ask for", Family.B, Severity.CONDITIONAL, Owner.PRINCIPAL_ACCOUNT, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("identity-based policy") && t.action("s3:ListBucket") && t.parsed().prefix() != null) return Likelihood.LIKELY;
    if ((t.implicitIn("identity-based policy") || t.implicitIn("resource-based policy")) && t.action("s3:ListBucket")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PolicyFindings.conditionUnmet(s, PolicyType.IDENTITY, "s3:prefix");
  }
}
