package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.policy.Condition;
import dev.s3403.diagnostics.policy.Effect;
import dev.s3403.diagnostics.policy.Element;
import dev.s3403.diagnostics.policy.Principals;
import dev.s3403.diagnostics.policy.Statement;
import dev.s3403.diagnostics.policy.Wildcard;
import java.util.List;

/**
 * Matches one statement against one request, following "IAM JSON policy elements" in the IAM User Guide:
 * action names match case-insensitively and resources case-sensitively, both with {@code *} and {@code ?};
 * policy variables in {@code Resource} expand only in {@code Version} 2012-10-17 documents; a statement
 * without a Resource element covers nothing; a statement without a Principal element (identity, boundary, session and SCP documents) names no one and so is
 * not checked for one.
 */
public final class StatementMatcher {
  private StatementMatcher() {}

  public static StatementMatch match(Statement s, Caller caller, String action, String resource,
      RequestContext ctx, boolean expandVariables) {
    return match(s, caller, action, resource, ctx, expandVariables, false);
  }

  /**
   * @param resourceImplied a statement without {@code Resource} covers the resource its policy is attached to
   *     (role trust policies); otherwise it covers nothing
   */
  public static StatementMatch match(Statement s, Caller caller, String action, String resource,
      RequestContext ctx, boolean expandVariables, boolean resourceImplied) {
    if (s.principals() != null && !principalCovers(s, caller)) {
      return new StatementMatch.PrincipalMismatch(s, principalWhy(s.principals(), caller));
    }
    if (!actionCovers(s.actions(), action)) {
      return new StatementMatch.ActionMismatch(s, elementWhy("action", action, s.actions()));
    }
    if (s.resources() == null) {
      // Only principal-bearing documents may omit Resource. A role's trust policy has none: its statements cover
      // the role it is attached to. AWS KMS documents that a key-policy statement without one has no effect.
      if (!resourceImplied) {
        return new StatementMatch.ResourceMismatch(s, "the statement has no `Resource`, so it covers nothing");
      }
    } else if (!resourceCovers(s.resources(), resource, ctx, expandVariables)) {
      return new StatementMatch.ResourceMismatch(s, elementWhy("resource", resource, s.resources()));
    }
    for (Condition c : s.conditions()) {
      switch (ConditionEvaluator.evaluate(c, ctx, expandVariables)) {
        case ConditionResult.Met met -> { }
        case ConditionResult.NotMet notMet -> {
          return new StatementMatch.ConditionMismatch(s, notMet.key(), notMet.why());
        }
        case ConditionResult.Unsupported unsupported -> {
          return new StatementMatch.Unknown(s, unsupported.why());
        }
      }
    }
    return new StatementMatch.Applies(s);
  }

  static boolean actionCovers(Element actions, String action) {
    boolean listed = anyMatches(actions.values(), action, true);
    return listed != actions.negated();
  }

  static boolean resourceCovers(Element resources, String resource, RequestContext ctx, boolean expand) {
    boolean listed = false;
    for (String pattern : resources.values()) {
      if (expand && pattern.contains("${")) {
        // A variable that cannot be resolved makes the value match nothing, as for conditions.
        listed = PolicyVariables.expandLike(pattern, ctx).map(p -> p.matches(resource, false)).orElse(false);
      } else {
        listed = Wildcard.matches(pattern, resource, false);
      }
      if (listed) break;
    }
    return listed != resources.negated();
  }

  /**
   * Whether a Principal element names the caller. {@code "*"} names everyone, anonymous included. An account id
   * or {@code arn:aws:iam::ACCOUNT:root} names every principal of that account. A role ARN names the role's
   * sessions too ("Role session principals" in the IAM guide); an assumed-role ARN names that session only.
   * Wildcards other than a bare {@code *} are not allowed in AWS principals, so they match literally.
   */
  static boolean principalCovers(Statement s, Caller caller) {
    Principals p = s.principals();
    // "NotPrincipal": a Deny with NotPrincipal always denies a principal that has a permissions boundary, whatever
    // the NotPrincipal lists, because the boundary's principal cannot be named there.
    if (p.negated() && s.effect() == Effect.DENY && caller.hasPermissionsBoundary()) return true;
    if (p.negated()) return !excludes(p, caller);
    return naming(p, caller) != Naming.NOT_NAMED;
  }

  /**
   * Whether a NotPrincipal leaves the caller out: only when it names the caller itself. A role ARN does not leave
   * the role's sessions out ("Principals must always name a specific session") and an account does not leave its
   * users out: the page's examples list the session, role and account together so that none of them is denied.
   * Where the page says leaving the account or role out "might" deny the named principal too, depending on the
   * service, the named principal is taken as left out.
   */
  private static boolean excludes(Principals p, Caller caller) {
    if (p.everyone()) return true;
    switch (caller.kind()) {
      case SERVICE -> {
        return p.byType().getOrDefault("Service", List.of()).contains(caller.service());
      }
      case ANONYMOUS -> {
        return false;
      }
      case ROOT, USER, ASSUMED_ROLE, FEDERATED_USER, OTHER_IAM -> { }
    }
    for (String value : p.byType().getOrDefault("AWS", List.of())) {
      if (value.equals(caller.arn())) return true;
      if (caller.kind() == Caller.Kind.ROOT && (value.equals(caller.account()) || isRootOf(value, caller.account()))) {
        return true;
      }
    }
    return false;
  }

  /** How a Principal element names a caller, weakest first: the same-account rules depend on which. */
  enum Naming {
    NOT_NAMED,
    /** By its account id or {@code :root}: a delegation to the account's own policies. */
    ACCOUNT,
    /** By the role ARN of a session. */
    ROLE,
    /** By {@code "*"}, or by the caller's own ARN (a user's, or a session's own session ARN), or as a service. */
    DIRECT
  }

  /** The strongest way the (not negated) values of {@code p} name the caller. */
  static Naming naming(Principals p, Caller caller) {
    if (p.everyone()) return Naming.DIRECT;
    switch (caller.kind()) {
      case SERVICE -> {
        return p.byType().getOrDefault("Service", List.of()).contains(caller.service()) ? Naming.DIRECT : Naming.NOT_NAMED;
      }
      case ANONYMOUS -> {
        return Naming.NOT_NAMED;
      }
      case ROOT, USER, ASSUMED_ROLE, FEDERATED_USER, OTHER_IAM -> { }
    }
    Naming best = Naming.NOT_NAMED;
    for (String value : p.byType().getOrDefault("AWS", List.of())) {
      if (value.equals(caller.roleArn())) {
        // Checked before the caller's own ARN: for a role given as the caller the two are the same, and a grant
        // to a role ARN is a role grant.
        best = Naming.ROLE;
      } else if (value.equals("*") || value.equals(caller.arn())) {
        return Naming.DIRECT;
      } else if (best == Naming.NOT_NAMED && (value.equals(caller.account()) || isRootOf(value, caller.account()))) {
        best = Naming.ACCOUNT;
      }
    }
    return best;
  }

  /** Whether {@code value} is {@code arn:aws:iam::ACCOUNT:root}, compared in place: this runs per statement. */
  private static boolean isRootOf(String value, String account) {
    String prefix = "arn:aws:iam::";
    return value.length() == prefix.length() + account.length() + ":root".length() && value.startsWith(prefix)
        && value.startsWith(account, prefix.length()) && value.endsWith(":root");
  }

  private static boolean anyMatches(List<String> patterns, String text, boolean ignoreCase) {
    for (String pattern : patterns) {
      if (Wildcard.matches(pattern, text, ignoreCase)) return true;
    }
    return false;
  }

  private static String elementWhy(String what, String value, Element element) {
    String list = ConditionEvaluator.ticks(element.values(), ", ");
    return element.negated()
        ? "%s `%s` is excluded by Not%s %s".formatted(what, value, capital(what), list)
        : "%s `%s` is not in %s".formatted(what, value, list);
  }

  private static String principalWhy(Principals p, Caller caller) {
    String who = caller.service() != null ? caller.service()
        : caller.isAnonymous() ? "anonymous" : caller.arn() != null ? caller.arn() : caller.account();
    return p.negated()
        ? "principal `%s` is excluded by NotPrincipal".formatted(who)
        : "principal `%s` is not named".formatted(who);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
