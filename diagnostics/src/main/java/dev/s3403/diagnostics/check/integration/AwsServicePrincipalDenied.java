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

/** K7 {@code aws-service-principal-denied}: the bucket or key policy does not allow the AWS service that writes or reads for you (taxonomy §4). */
public final class AwsServicePrincipalDenied implements Check {
  private static final CheckInfo INFO = new CheckInfo("aws-service-principal-denied", "K7",
      "the bucket or key policy does not allow the AWS service that writes or reads for you", Family.K, Severity.BLOCKING, Owner.BUCKET_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny(".amazonaws.com\" is not authorized", "logging.s3.amazonaws.com", "delivery.logs.amazonaws.com", "cloudtrail.amazonaws.com", "config.amazonaws.com", "service principal")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PathFindings.servicePrincipal(s);
  }
}
