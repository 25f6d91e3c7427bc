package dev.s3403.diagnostics.evidence;

import java.util.List;

/**
 * The organization an account belongs to, with the policies on the path from its root to the account. An
 * organization with an id and unknown {@code scps} says the SCPs were not read, not that there are none.
 *
 * @param scps service control policies, root level first and the account last
 * @param rcps custom resource control policies at the same levels; {@code RCPFullAWSAccess} is implied everywhere
 */
public record Organization(Fact<String> id, Fact<List<PolicyLevel>> scps, Fact<List<PolicyLevel>> rcps) {

  public Organization {
    scps = Immutable.list(scps);
    rcps = Immutable.list(rcps);
  }
}
