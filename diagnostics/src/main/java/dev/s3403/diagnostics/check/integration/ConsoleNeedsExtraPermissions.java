package dev.s3403.diagnostics.check.integration;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.PathFindings;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** K8 {@code console-needs-extra-permissions}: the console needs more permissions than the API call the user meant (taxonomy §4). */
public final class ConsoleNeedsExtraPermissions implements Check {
  private static final CheckInfo INFO = new CheckInfo("console-needs-extra-permissions", "K8",
      "the console needs more permissions than the API call the user meant", Family.K, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny("console", "you don't have permissions", "insufficient permissions")) return Likelihood.POSSIBLE;
    if (t.implicitIn("identity-based policy") && t.hasAny("s3:ListAllMyBuckets", "s3:GetBucketLocation", "s3:GetAccountPublicAccessBlock")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PathFindings.console(s);
  }
}
