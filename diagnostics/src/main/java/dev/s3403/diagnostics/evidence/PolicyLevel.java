package dev.s3403.diagnostics.evidence;

import java.util.List;

/**
 * The organization policies attached at one level: the root ({@code r-…}), an OU ({@code ou-…}) or the account.
 * Every level must allow for an SCP to allow, so a level known to be empty denies everything.
 */
public record PolicyLevel(Fact<String> target, Fact<List<PolicyDoc>> policies) {

  public PolicyLevel {
    policies = Immutable.list(policies);
  }
}
