package dev.s3403.diagnostics.check.organization;

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

/** C8 {@code secure-transport-or-tls-deny}: a Deny refuses requests without TLS (or with an older TLS version) (taxonomy §4). */
public final class SecureTransportOrTlsDeny implements Check {
  private static final CheckInfo INFO = new CheckInfo("secure-transport-or-tls-deny", "C8",
      "a Deny refuses requests without TLS (or with an older TLS version)", Family.C, Severity.CONDITIONAL, Owner.CALLER, 5);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if ((t.explicitIn("resource-based policy") || t.explicitIn("resource control policy")) && t.hasAny("http://", "--no-verify-ssl", "use_ssl=false", "tls 1.0", "tls 1.1")) return Likelihood.LIKELY;
    if (t.explicitIn("resource-based policy") || t.explicitIn("resource control policy")) return Likelihood.POSSIBLE;
    if (t.bare() && t.has("http://")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return ConditionDenies.find(s, ConditionDenies.TRANSPORT, "whether the request used TLS", PolicyType.RESOURCE, PolicyType.RCP);
  }
}
