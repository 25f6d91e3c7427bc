package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.policy.Policy;
import java.util.List;

/**
 * Every policy AWS weighs for one request. Absent single policies are null; absent lists are empty.
 *
 * @param scps organization levels, root first, account last; empty when the account is in no organization
 * @param rcps levels holding custom RCPs only: {@code RCPFullAWSAccess} is implied at every level
 * @param restrictPublicBuckets S3 Block Public Access's RestrictPublicBuckets applies to the resource (from the
 *     access point, bucket or account setting, whichever is on)
 */
public record PolicySet(List<Policy> identity, Policy resource, Policy permissionBoundary, Policy session,
    List<Level> scps, List<Level> rcps, List<Policy> vpcEndpoint, boolean restrictPublicBuckets) {

  public PolicySet {
    identity = List.copyOf(identity);
    scps = List.copyOf(scps);
    rcps = List.copyOf(rcps);
    vpcEndpoint = List.copyOf(vpcEndpoint);
  }

  /** One organization root, OU or account with the policies attached to it. */
  public record Level(String target, List<Policy> policies) {
    public Level {
      policies = List.copyOf(policies);
    }
  }
}
