package dev.s3403.diagnostics.check.resource;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** D11 {@code mrap-policy-or-signing}: a Multi-Region Access Point request was denied by its policy or not signed with SigV4A (taxonomy §4). */
public final class MrapPolicyOrSigning implements Check {
  private static final CheckInfo INFO = new CheckInfo("mrap-policy-or-signing", "D11",
      "a Multi-Region Access Point request was denied by its policy or not signed with SigV4A", Family.D, Severity.BLOCKING, Owner.BUCKET_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny(".mrap", "multi-region access point", "sigv4a", "accesspoint.s3-global")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }
}
