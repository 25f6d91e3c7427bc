package dev.s3403.diagnostics.check.auth;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.TextClues;

/** J9 {@code auth-request-malformed}: the authorization header or query parameters are malformed (Region, scope, algorithm) (taxonomy §4). */
public final class AuthRequestMalformed implements Check {
  private static final CheckInfo INFO = new CheckInfo("auth-request-malformed", "J9",
      "the authorization header or query parameters are malformed (Region, scope, algorithm)", Family.J, Severity.BLOCKING, Owner.CALLER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.code("AuthorizationHeaderMalformed", "AuthorizationQueryParametersError", "InvalidArgument") && t.hasAny("authorization", "credential", "region")) return Likelihood.DECIDED;
    if (t.message("authentication requires") || t.message("authorization header is malformed") || t.message("only one auth mechanism")) return Likelihood.DECIDED;
    return Likelihood.NONE;
  }
}
