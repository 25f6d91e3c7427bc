package dev.s3403.diagnostics.check.state;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.StateFindings;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** I5 {@code requester-pays-header-missing}: the bucket is Requester Pays, and the request did not accept the charges (taxonomy §4). */
public final class RequesterPaysHeaderMissing implements Check {
  private static final CheckInfo INFO = new CheckInfo("requester-pays-header-missing", "I5",
      "the bucket is Requester Pays, and the request did not accept the charges", Family.I, Severity.BLOCKING, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny("requester pays", "requester-pays", "requestpayer")) return Likelihood.LIKELY;
    if (t.bodyless() && t.operation("HeadObject", "GetObject", "ListObjectsV2", "ListObjects")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return StateFindings.requesterPays(s);
  }
}
