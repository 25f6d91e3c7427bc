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
    Map<String, String> candidates = new LinkedHashMap<>();
    if (caller.service() != null) {
      candidates.put("aws:PrincipalIsAWSService", "true");
      candidates.put("aws:PrincipalServiceName", caller.service());
    } else if (caller.isAnonymous()) {
      candidates.put("aws:PrincipalType", "Anonymous");
      candidates.put("aws:userid", "anonymous");
      candidates.put("aws:PrincipalIsAWSService", "false");
    } else {
      candidates.put("aws:PrincipalArn", caller.roleArn() != null ? caller.roleArn() : caller.arn());
      candidates.put("aws:PrincipalAccount", caller.account());
      String[] arn = caller.arn().split(":", 6);
      String resourcePart = arn.length == 6 ? arn[5] : "";
      candidates.put("aws:PrincipalType", type(caller, resourcePart));
      if (resourcePart.startsWith("user/")) {
        candidates.put("aws:username", resourcePart.substring(resourcePart.lastIndexOf('/') + 1));
      }
      if (resourcePart.equals("root")) candidates.put("aws:userid", caller.account());
      candidates.put("aws:PrincipalIsAWSService", "false");
    }
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

  private static String type(Caller caller, String resourcePart) {
    if (caller.roleArn() != null) return "AssumedRole";
    if (resourcePart.equals("root")) return "Account";
    if (resourcePart.startsWith("federated-user/")) return "FederatedUser";
    return "User";
  }
}
