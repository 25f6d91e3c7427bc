package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.policy.Statement;
import java.util.List;
import java.util.Map;

/**
 * The answer to one request.
 *
 * @param perType the outcome of every policy type that applied; a type that did not apply is absent
 * @param deniedBy the types that blocked the request, empty when allowed
 * @param decisive Allowed: the applying Allow statements; ExplicitlyDenied: the applying Deny statements (and,
 *     for Block Public Access, the statement that makes the policy public); otherwise empty (the types in
 *     {@code deniedBy} had no applying Allow)
 * @param notes what a rule outside the policies decided, e.g. that only AWS may change an AWS managed policy
 */
public record Decision(Verdict verdict, Map<PolicyType, TypeOutcome> perType, List<PolicyType> deniedBy,
    List<Decisive> decisive, boolean sameAccount, List<String> notes) {

  public Decision {
    perType = Map.copyOf(perType);
    deniedBy = List.copyOf(deniedBy);
    decisive = List.copyOf(decisive);
    notes = List.copyOf(notes);
  }

  public Decision(Verdict verdict, Map<PolicyType, TypeOutcome> perType, List<PolicyType> deniedBy,
      List<Decisive> decisive, boolean sameAccount) {
    this(verdict, perType, deniedBy, decisive, sameAccount, List.of());
  }

  /** A statement that decided the request, and the type of policy it stands in. */
  public record Decisive(PolicyType type, Statement statement) {}

  public enum Verdict {
    ALLOWED, EXPLICITLY_DENIED, IMPLICITLY_DENIED, UNKNOWN
  }
}
