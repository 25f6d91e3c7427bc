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

/** K6 {@code directory-bucket-session-auth}: a directory bucket (S3 Express One Zone) needs a CreateSession session and s3express permissions (taxonomy §4). */
public final class DirectoryBucketSessionAuth implements Check {
  private static final CheckInfo INFO = new CheckInfo("directory-bucket-session-auth", "K6",
      "a directory bucket (S3 Express One Zone) needs a CreateSession session and s3express permissions", Family.K, Severity.BLOCKING, Owner.PRINCIPAL_ACCOUNT, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.hasAny("--x-s3", "s3express", "createsession")) return Likelihood.LIKELY;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return PathFindings.directoryBucket(s);
  }
}
