package dev.s3403.diagnostics.check.publicaccess;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.StateFindings;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** E5 {@code anonymous-request-not-permitted}: the request carried no credentials, and nothing allows anonymous access (taxonomy §4). */
public final class AnonymousRequestNotPermitted implements Check {
  private static final CheckInfo INFO = new CheckInfo("anonymous-request-not-permitted", "E5",
      "the request carried no credentials, and nothing allows anonymous access", Family.E, Severity.BLOCKING, Owner.CALLER, 7);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.unsigned() && !t.has("cloudfront")) return Likelihood.LIKELY;
    if (t.has("s3-website")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return StateFindings.anonymous(s);
  }
}
