package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.s3403.diagnostics.actions.OperationActions;
import dev.s3403.diagnostics.actions.RequiredAction;
import dev.s3403.diagnostics.policy.Arns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.iam.model.EvaluationResult;

/**
 * AWS's own answer for the request, from the IAM policy simulator ({@code iam:SimulatePrincipalPolicy}), kept beside
 * the evidence as {@code awsSimulator} (docs/evidence-bundle-additions.md) so the diagnosis can say whether AWS
 * agrees with it. Second phase: it reads the principal's key and the bucket's policy from what the first found.
 */
public final class SimulatorCrossCheck implements Collector {
  static final String AREA = "/awsSimulator";
  private static final String ACTION = "iam:SimulatePrincipalPolicy";
  private static final String S3_ARN = "arn:aws:s3:::";

  @Override
  public Set<String> after() {
    return Set.of("bucket");
  }

  @Override
  public String name() {
    return "simulator";
  }

  @Override
  public Set<String> actions() {
    return Set.of(ACTION);
  }

  @Override
  public String area(Target target) {
    return AREA;
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) throws InterruptedException {
    String iamArn = Arns.iamArn(target.principal());
    if (iamArn == null) return;   // root, a service or anonymous: no IAM role or user to simulate
    String source = principalKey(draft, iamArn);
    if (source == null) return;   // the principal is known not to exist
    if (inOtherAccount(draft, source)) return;
    Map<String, List<String>> byResource = actions(target);
    if (byResource.isEmpty()) return;
    ArrayNode results = simulateAll(aws, draft, source, byResource);
    if (results != null) draft.put(AREA, Draft.json().createObjectNode().set("results", results));
  }

  /** One simulation per resource, side by side; null when one failed (a partial list would hide the rest). */
  private static ArrayNode simulateAll(AwsContext aws, Draft draft, String source, Map<String, List<String>> byResource)
      throws InterruptedException {
    // AWS weighs a resource policy only with an IAM user as the caller, so a role is simulated on its own policies.
    boolean user = Arns.resource(source).startsWith("user/");
    List<Future<ArrayNode>> calls = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      byResource.forEach((resource, actions) -> calls.add(pool.submit(
          () -> simulate(aws, draft, source, resource, actions, user ? bucket(draft, resource) : null))));
      ArrayNode results = Draft.json().createArrayNode();
      for (Future<ArrayNode> call : calls) {
        ArrayNode part = Futures.join(call);
        if (part == null) return null;
        results.addAll(part);
      }
      return results;
    }
  }

  /** IAM simulates the principals of the collector's own account only (as the caller collector found it). */
  private static boolean inOtherAccount(Draft draft, String source) {
    JsonNode collector = draft.get(CallerCollector.AREA + "/account");
    if (collector == null || !collector.isTextual() || collector.textValue().equals(Arns.account(source))) return false;
    draft.unavailable(AREA, "the simulator answers for the collector's own account `%s`, not the principal's `%s`"
        .formatted(collector.textValue(), Arns.account(source)));
    return true;
  }

  /** The bucket's side of a simulation: its policy (absent: none), and its account when known. */
  private record BucketSide(String policy, String account) {}

  private static ArrayNode simulate(AwsContext aws, Draft draft, String source, String resource, List<String> actions,
      BucketSide bucket) {
    List<EvaluationResult> answers = Page.all(draft, AREA, ACTION, marker -> {
      var r = aws.iam().simulatePrincipalPolicy(b -> {
        b.policySourceArn(source).actionNames(actions).resourceArns(resource).marker(marker);
        if (bucket != null && bucket.policy() != null) b.resourcePolicy(bucket.policy());
        if (bucket != null && bucket.account() != null) {
          b.resourceOwner("arn:%s:iam::%s:root".formatted(Arns.partition(source), bucket.account()));
        }
      });
      return Page.of(r.evaluationResults(), r.isTruncated(), r.marker());
    });
    if (answers == null) return null;
    ArrayNode out = Draft.json().createArrayNode();
    for (EvaluationResult e : answers) {
      out.addObject()
          .put("action", e.evalActionName())
          .put("resource", e.evalResourceName() != null ? e.evalResourceName() : resource)
          .put("decision", e.evalDecisionAsString())
          .put("withBucketPolicy", bucket != null);
    }
    return out;
  }

  /**
   * The bucket policy the bundle knows for an S3 resource, as AWS wants it (a JSON string); null when the bundle
   * does not know it, so the simulation is not said to have weighed it.
   */
  private static BucketSide bucket(Draft draft, String resource) {
    if (!resource.startsWith(S3_ARN)) return null;
    String name = resource.substring(S3_ARN.length()).split("/", 2)[0];
    JsonNode policy = draft.get("/buckets/" + Draft.segment(name) + "/policy");
    if (policy == null || !(policy.isObject() || policy.isNull())) return null;
    JsonNode account = draft.get("/buckets/" + Draft.segment(name) + "/account");
    return new BucketSide(policy.isObject() ? policy.toString() : null,
        account != null && account.isTextual() ? account.textValue() : null);
  }

  /**
   * The IAM ARN to simulate: the key the principal collector wrote (a role's path is not in a session ARN), or the
   * ARN the target implies when the principal could not be read; null when the principal is known not to exist.
   */
  private static String principalKey(Draft draft, String iamArn) {
    JsonNode principals = draft.get("/principals");
    if (principals == null || !principals.isObject()) return iamArn;
    String type = Arns.resource(iamArn).startsWith("role/") ? "role/" : "user/";
    for (var e : principals.properties()) {
      String key = e.getKey();
      boolean same = key.equals(iamArn) || Arns.account(key) != null && Arns.account(key).equals(Arns.account(iamArn))
          && Arns.resource(key).startsWith(type) && Arns.name(key).equals(Arns.name(iamArn));
      if (same) return e.getValue().isNull() ? null : key;
    }
    return iamArn;
  }

  /**
   * The actions the operation needs whatever the request carries, on a known resource, grouped by resource (one
   * simulation per resource: AWS simulates every action on every resource it is given). GetObject when the
   * operation is not known.
   */
  private static Map<String, List<String>> actions(Target target) {
    String operation = target.operation() != null ? target.operation() : "GetObject";
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (RequiredAction a : OperationActions.requiredActions(operation, target.bucket(), target.key())) {
      if (!a.unconditional() || a.resource() == null) continue;
      out.computeIfAbsent(a.resource(), r -> new ArrayList<>()).add(a.action());
    }
    return out;
  }
}
