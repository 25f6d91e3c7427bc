package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.policy.Condition;
import dev.s3403.diagnostics.policy.Effect;
import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.Principals;
import dev.s3403.diagnostics.policy.Statement;
import java.util.List;
import java.util.Set;

/**
 * Amazon S3's test for a public bucket or access point policy ("The meaning of 'public'", S3 User Guide): a
 * policy is public unless each of its Allow statements grants only to fixed values (no wildcard, no policy
 * variable) of a principal or of one of the keys S3 names. Block Public Access's RestrictPublicBuckets acts
 * only on policies this test calls public.
 */
public final class PublicPolicy {
  /**
   * The keys whose fixed value makes a grant to {@code *} non-public, lower-cased. The principal keys count as
   * "an AWS principal … (for example, aws:PrincipalOrgID)".
   */
  private static final Set<String> LIMITING_KEYS = Set.of("aws:sourceip", "aws:sourcearn", "aws:sourcevpc",
      "aws:sourcevpce", "aws:sourceowner", "aws:sourceaccount", "s3:x-amz-server-side-encryption-aws-kms-key-id",
      "aws:userid", "s3:dataaccesspointarn", "s3:dataaccesspointaccount", "aws:principalorgid",
      "aws:principalaccount", "aws:principalarn");

  /** Operators that limit a request to the listed values; a negated operator admits everything else. */
  private static final Set<String> LIMITING_OPERATORS = Set.of("StringEquals", "StringEqualsIgnoreCase",
      "StringLike", "ArnEquals", "ArnLike", "IpAddress");

  private PublicPolicy() {}

  /** The first public Allow statement of the policy, or null when the policy is not public. */
  public static Statement firstPublicStatement(Policy policy) {
    for (Statement s : policy.statements()) {
      if (s.effect() == Effect.ALLOW && isPublic(s)) return s;
    }
    return null;
  }

  static boolean isPublic(Statement s) {
    Principals p = s.principals();
    if (p == null) return false;
    if (!p.negated() && !p.everyone() && p.byType().values().stream().flatMap(List::stream).noneMatch(v -> v.contains("*"))) {
      return false;   // only fixed principals are named
    }
    return s.conditions().stream().noneMatch(PublicPolicy::limits);
  }

  /**
   * S3 calls a grant to a very broad range public: "values broader than /8 for IPv4 and /32 for IPv6". No range
   * that broad lies inside the RFC 1918 private ranges the rule exempts, so the prefix length decides.
   */
  private static boolean broadRange(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) return false;   // one address
    int prefix;
    try {
      prefix = Integer.parseInt(cidr.substring(slash + 1).trim());
    } catch (NumberFormatException e) {
      return true;   // not a range AWS would accept; it limits nothing we can vouch for
    }
    return prefix < (cidr.indexOf(':') >= 0 ? 32 : 8);
  }

  /** A condition that holds only for fixed values of a limiting key. */
  private static boolean limits(Condition c) {
    if (!LIMITING_KEYS.contains(c.key()) || !LIMITING_OPERATORS.contains(c.operator())) return false;
    // IfExists passes a request without the key; ForAllValues passes an empty set: neither limits who asks.
    if (c.ifExists() || c.qualifier() == Condition.SetQualifier.FOR_ALL_VALUES || c.values().isEmpty()) return false;
    for (String v : c.values()) {
      if (v.contains("*") || v.contains("?") || v.contains("${")) return false;
      if (c.operator().equals("IpAddress") && broadRange(v)) return false;
    }
    return true;
  }
}
