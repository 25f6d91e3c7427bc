package dev.s3403.diagnostics.check.ownership;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.StateFindings;
import dev.s3403.diagnostics.check.TextClues;import dev.s3403.diagnostics.check.Finding;

/** F2 {@code acl-grant-missing-or-acl-only-access}: access depends on an ACL grant that is missing, or ACLs are disabled where access relied on them (taxonomy §4). */
public final class AclGrantMissingOrAclOnlyAccess implements Check {
  private static final CheckInfo INFO = new CheckInfo("acl-grant-missing-or-acl-only-access", "F2",
      "access depends on an ACL grant that is missing, or ACLs are disabled where access relied on them", Family.F, Severity.BLOCKING, Owner.BUCKET_OWNER, CheckInfo.UNCOMMON);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public Likelihood fromText(TextClues t) {
    if (t.implicitIn("resource-based policy") && t.hasAny("acl", "grant")) return Likelihood.LIKELY;
    if (t.implicitIn("resource-based policy")) return Likelihood.POSSIBLE;
    return Likelihood.NONE;
  }

  @Override
  public Finding fromEvidence(Situation s) {
    return StateFindings.aclOnly(s);
  }
}
