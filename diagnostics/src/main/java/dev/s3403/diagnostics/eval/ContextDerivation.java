package dev.s3403.diagnostics.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The condition keys AWS sets on every request, derived from who asks and whose resource it is
 * ({@code spec/simulation-case.md}, "Context derivation"; the keys' meanings are in "AWS global condition context
 * keys"). A key the case already sets is kept as given. Tags, organization ids, network keys and the like are
 * never invented: they come only from the case.
 */
public final class ContextDerivation {
  private ContextDerivation() {}

  /** The context with the derived keys added, and the keys that were added. */
  public record Derived(RequestContext context, Map<String, String> added) {
    public Derived {
      added = Collections.unmodifiableMap(new LinkedHashMap<>(added));
    }
  }

  public static Derived derive(Caller caller, String resourceAccount, RequestContext given) {
    Caller.Kind kind = caller.kind();
    Map<String, String> candidates = new LinkedHashMap<>();
    if (kind.hasPrincipalSide()) {
      candidates.put("aws:PrincipalArn", caller.roleArn() != null ? caller.roleArn() : caller.arn());
      candidates.put("aws:PrincipalAccount", caller.account());
    }
    candidates.put("aws:PrincipalType", principalType(kind));
    if (kind == Caller.Kind.USER) candidates.put("aws:username", caller.arn().substring(caller.arn().lastIndexOf('/') + 1));
    if (kind == Caller.Kind.ROOT) candidates.put("aws:userid", caller.account());
    if (kind == Caller.Kind.ANONYMOUS) candidates.put("aws:userid", "anonymous");
    // "present in the request context for all signed API requests": an anonymous request is not signed.
    if (kind != Caller.Kind.ANONYMOUS) candidates.put("aws:PrincipalIsAWSService", String.valueOf(kind == Caller.Kind.SERVICE));
    if (kind == Caller.Kind.SERVICE) candidates.put("aws:PrincipalServiceName", caller.service());
    if (resourceAccount != null) candidates.put("aws:ResourceAccount", resourceAccount);

    Map<String, List<String>> values = new LinkedHashMap<>(given.values());
    Map<String, String> added = new LinkedHashMap<>();
    candidates.forEach((key, value) -> {
      if (value != null && given.get(key) == null) {
        values.put(key, List.of(value));
        added.put(key, value);
      }
    });
    return new Derived(new RequestContext(values), added);
  }

  /** {@code aws:PrincipalType}; null for a service principal, for which AWS documents no value. */
  private static String principalType(Caller.Kind kind) {
    return switch (kind) {
      case ASSUMED_ROLE -> "AssumedRole";
      case ROOT -> "Account";
      case FEDERATED_USER -> "FederatedUser";
      case ANONYMOUS -> "Anonymous";
      // Any other IAM ARN given as the caller (a role's own ARN) is reported as a user, as before.
      case USER, OTHER_IAM -> "User";
      case SERVICE -> null;
    };
  }
}
