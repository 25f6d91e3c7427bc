package dev.s3403.diagnostics.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.TypeOutcome;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether AWS's policy simulator (the bundle's {@code awsSimulator} member, docs/evidence-bundle-additions.md) and
 * this engine decide each action alike. The simulator weighs identity policies, the permissions boundary and SCPs,
 * and the bucket policy only when it was given one; the engine's answer is narrowed to the same policy types.
 */
public final class SimulatorAgreement {
  static final String ALLOWED = "allowed";
  static final String EXPLICIT_DENY = "explicitDeny";
  static final String IMPLICIT_DENY = "implicitDeny";

  private static final List<PolicyType> PRINCIPAL_SIDE =
      List.of(PolicyType.IDENTITY, PolicyType.PERMISSION_BOUNDARY, PolicyType.SCP);

  private SimulatorAgreement() {}

  /**
   * One answer of the simulator.
   *
   * @param decision AWS's EvalDecision: {@code allowed}, {@code explicitDeny} or {@code implicitDeny}
   * @param withBucketPolicy whether the bucket policy was weighed (given to AWS, or known not to exist)
   */
  public record AwsResult(String action, String resource, String decision, boolean withBucketPolicy) {}

  /** The simulator's answers in a bundle as written; empty when it has none. */
  public static List<AwsResult> read(JsonNode bundle) {
    List<AwsResult> out = new ArrayList<>();
    JsonNode results = bundle == null ? null : bundle.path("awsSimulator").path("results");
    if (results == null || !results.isArray()) return out;
    for (JsonNode r : results) {
      out.add(new AwsResult(r.path("action").asText(null), r.path("resource").asText(null),
          r.path("decision").asText(null), r.path("withBucketPolicy").asBoolean(false)));
    }
    return out;
  }

  /** The verdict for a bundle as written by a collection, or null when the simulator answered nothing there. */
  public static String verdict(JsonNode bundle, List<Outcome> ours) {
    List<AwsResult> aws = read(bundle);
    return aws.isEmpty() ? null : compare(aws, ours);
  }

  /**
   * {@code agrees}, {@code differs on s3:X (AWS: …, ours: …)} (several joined by {@code ; }), or
   * {@code nothing to compare} when no action has an answer on both sides. Where the engine's answer rests on
   * evidence it did not have, the difference names the missing JSON pointers, which may well explain it.
   */
  public static String compare(List<AwsResult> aws, List<Outcome> ours) {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (AwsResult result : aws) {
      Outcome outcome = matching(result, ours);
      String decision = outcome == null ? null : decision(outcome, result.withBucketPolicy());
      if (decision == null || result.decision() == null) continue;
      compared++;
      if (decision.equals(result.decision())) continue;
      List<String> missing = missing(outcome, result.withBucketPolicy());
      differences.add("%s (AWS: %s, ours: %s%s)".formatted(result.action(), result.decision(), decision,
          missing.isEmpty() ? "" : " without `" + String.join("`, `", missing) + "`"));
    }
    if (compared == 0) return "nothing to compare";
    return differences.isEmpty() ? "agrees" : "differs on " + String.join("; ", differences);
  }

  private static Outcome matching(AwsResult result, List<Outcome> ours) {
    for (Outcome o : ours) {
      boolean action = o.action().action().equalsIgnoreCase(result.action());
      boolean resource = o.action().resource() == null || o.action().resource().equals(result.resource());
      if (action && resource) return o;
    }
    return null;
  }

  /**
   * The engine's answer on the policy types the simulator weighed, as AWS names decisions; null when a type's
   * outcome is unknown to the engine (an operator it does not evaluate).
   */
  static String decision(Outcome o, boolean withBucketPolicy) {
    Map<PolicyType, TypeOutcome> per = o.decision().perType();
    List<PolicyType> weighed = weighed(withBucketPolicy);
    if (weighed.stream().anyMatch(t -> per.get(t) instanceof TypeOutcome.ExplicitlyDenied)) return EXPLICIT_DENY;
    if (weighed.stream().anyMatch(t -> per.get(t) instanceof TypeOutcome.Unknown)) return null;
    // A boundary or SCP that is there must allow; absent, it does not limit.
    boolean gatesAllow = gate(per.get(PolicyType.PERMISSION_BOUNDARY)) && gate(per.get(PolicyType.SCP));
    boolean identity = per.get(PolicyType.IDENTITY) instanceof TypeOutcome.Allowed;
    boolean resource = withBucketPolicy && per.get(PolicyType.RESOURCE) instanceof TypeOutcome.Allowed;
    // In one account either side may grant; across accounts both must, when the bucket's side was weighed at all.
    boolean granted = o.decision().sameAccount() || !withBucketPolicy ? identity || resource : identity && resource;
    return gatesAllow && granted ? ALLOWED : IMPLICIT_DENY;
  }

  private static boolean gate(TypeOutcome t) {
    return t == null || t instanceof TypeOutcome.Allowed;
  }

  private static List<PolicyType> weighed(boolean withBucketPolicy) {
    if (!withBucketPolicy) return PRINCIPAL_SIDE;
    List<PolicyType> all = new ArrayList<>(PRINCIPAL_SIDE);
    all.add(PolicyType.RESOURCE);
    return all;
  }

  private static List<String> missing(Outcome o, boolean withBucketPolicy) {
    List<PolicyType> weighed = weighed(withBucketPolicy);
    return o.unknown().stream().filter(u -> weighed.stream().anyMatch(t -> concerns(u, t))).distinct().toList();
  }

  /** Whether a missing pointer is evidence for this policy type (as {@link Outcome#certainFor} reads them). */
  private static boolean concerns(String pointer, PolicyType type) {
    return switch (type) {
      case IDENTITY -> pointer.endsWith("/identityPolicies") || pointer.equals("/request/principal");
      case PERMISSION_BOUNDARY -> pointer.endsWith("/permissionsBoundary");
      case RESOURCE -> pointer.endsWith("/policy") && pointer.startsWith("/buckets/");
      case SCP -> pointer.endsWith("/scps") || pointer.endsWith("/organization");
      case RCP, SESSION, VPC_ENDPOINT, S3_BLOCK_PUBLIC_ACCESS -> false;
    };
  }
}
