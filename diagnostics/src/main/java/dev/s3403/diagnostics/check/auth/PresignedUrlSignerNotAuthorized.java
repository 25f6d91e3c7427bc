package dev.s3403.diagnostics.check.auth;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.PathFindings;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** J7 {@code presigned-url-signer-not-authorized}: the principal that signed the URL may not perform the request itself (taxonomy §4). */
public final class PresignedUrlSignerNotAuthorized implements Check {
  private static final CheckInfo INFO = new CheckInfo("presigned-url-signer-not-authorized", "J7",
      "the principal that signed the URL may not perform the request itself", Family.J, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, 9);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.presigned() && t.code("AccessDenied") && !t.message("request has expired")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PathFindings.presignedSigner(s);
  }
}
