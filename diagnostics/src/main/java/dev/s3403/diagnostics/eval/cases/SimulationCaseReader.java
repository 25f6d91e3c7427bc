package dev.s3403.diagnostics.eval.cases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.eval.PolicySet;
import dev.s3403.diagnostics.eval.RequestContext;
import dev.s3403.diagnostics.policy.Arns;
import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.PolicyKind;
import dev.s3403.diagnostics.policy.PolicyProblem;
import dev.s3403.diagnostics.policy.json.PolicyJsonReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads cases of {@code spec/simulation-case.md}. It never throws on a case: what is missing or malformed
 * becomes a {@link PolicyProblem} naming where, and the case is then answered with an error.
 *
 * <p>A file of cases repeats the same policies (one bucket policy, {@code FullAWSAccess} at every level), so each
 * reader compiles a document once and hands out the same immutable {@link Policy} for the same name, kind and
 * content. Not thread-safe: one reader per file.
 */
public final class SimulationCaseReader {
  /** Bounds the cache for a file of distinct policies; past it the oldest compiled policy is compiled again. */
  private static final int CACHE_LIMIT = 4096;

  private record Key(String name, PolicyKind kind, JsonNode document) {}

  private final Map<Key, PolicyJsonReader.ReadResult> compiled = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, PolicyJsonReader.ReadResult> eldest) {
      return size() > CACHE_LIMIT;
    }
  };

  /** How many policy documents were compiled, as opposed to found compiled. */
  private int compilations;

  /** One case read by a reader of its own (no shared cache). */
  public static SimulationCase readOne(JsonNode node) {
    return new SimulationCaseReader().read(node);
  }

  public int compilations() {
    return compilations;
  }

  public SimulationCase read(JsonNode node) {
    List<PolicyProblem> problems = new ArrayList<>();
    String id = text(node.get("id"));
    JsonNode request = node.path("request");
    String principal = required(request, "principal", problems);
    String action = required(request, "action", problems);
    String resource = required(request, "resource", problems);
    String resourceAccount = text(request.get("resourceAccount"));
    if (resourceAccount == null && resource != null) resourceAccount = Arns.account(resource);

    Caller caller = principal == null ? Caller.anonymous() : Callers.read(principal).orElse(null);
    if (caller == null) {
      problems.add(new PolicyProblem(null, null, "`request.principal` `%s` is not an ARN, account, service principal or `anonymous`".formatted(principal)));
      caller = Caller.anonymous();
    }
    RequestContext context = context(request.get("context"), problems);

    JsonNode p = node.path("policies");
    PolicyKind resourceKind = resource != null && resource.startsWith("arn:aws:kms:") ? PolicyKind.KEY : PolicyKind.RESOURCE;
    JsonNode bpaNode = node.path("settings").path("s3BlockPublicAccess");
    if (!bpaNode.isMissingNode() && !bpaNode.isBoolean() && !bpaNode.isNull()) {
      problems.add(new PolicyProblem(null, null, "`settings.s3BlockPublicAccess` must be true or false, not %s".formatted(bpaNode)));
    }
    boolean bpa = bpaNode.asBoolean(false);
    var policies = new PolicySet(
        list(p.get("identity"), "identity", PolicyKind.IDENTITY, problems),
        one(p.get("resource"), "resource", resourceKind, problems),
        one(p.get("permissionBoundary"), "permissionBoundary", PolicyKind.PERMISSIONS_BOUNDARY, problems),
        one(p.get("session"), "session", PolicyKind.SESSION, problems),
        levels(p.get("scps"), "scps", PolicyKind.SERVICE_CONTROL, problems),
        levels(p.get("rcps"), "rcps", PolicyKind.RESOURCE_CONTROL, problems),
        list(p.get("vpcEndpoint"), "vpcEndpoint", PolicyKind.VPC_ENDPOINT, problems), bpa);

    JsonNode expected = node.get("expected");
    String decision = expected == null ? null : text(expected.get("decision"));
    List<String> deniedBy = null;
    if (expected != null && expected.get("deniedBy") != null) {
      deniedBy = new ArrayList<>();
      for (JsonNode type : expected.get("deniedBy")) deniedBy.add(type.asText());
    }
    boolean derive = node.path("deriveContext").asBoolean(true);
    return new SimulationCase(id, caller, action, resource, resourceAccount, context, derive, policies, problems,
        decision, deniedBy);
  }


  private static String required(JsonNode request, String field, List<PolicyProblem> problems) {
    String value = text(request.get(field));
    if (value == null || value.isBlank()) {
      problems.add(new PolicyProblem(null, null, "`request.%s` is missing".formatted(field)));
      return null;
    }
    return value;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }

  private static RequestContext context(JsonNode node, List<PolicyProblem> problems) {
    if (node == null || node.isNull()) return RequestContext.empty();
    if (!node.isObject()) {
      problems.add(new PolicyProblem(null, null, "`request.context` must be an object"));
      return RequestContext.empty();
    }
    Map<String, Object> entries = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (v.isArray()) {
        List<String> values = new ArrayList<>();
        v.forEach(item -> values.add(item.asText()));
        entries.put(e.getKey(), values);
      } else if (v.isValueNode() && !v.isNull()) {
        entries.put(e.getKey(), v.asText());
      } else {
        problems.add(new PolicyProblem(null, null, "context key `%s` must hold a string or strings".formatted(e.getKey())));
      }
    });
    return RequestContext.of(entries);
  }

  private List<PolicySet.Level> levels(JsonNode node, String field, PolicyKind kind, List<PolicyProblem> problems) {
    if (node == null || node.isNull()) return List.of();
    if (!node.isArray()) {
      problems.add(new PolicyProblem(null, null, "`policies.%s` must be a list of levels".formatted(field)));
      return List.of();
    }
    List<PolicySet.Level> out = new ArrayList<>();
    int index = 0;
    for (JsonNode level : node) {
      index++;
      String target = text(level.get("target"));
      String where = "%s level %d%s".formatted(field, index, target == null ? "" : " (`" + target + "`)");
      out.add(new PolicySet.Level(target, list(level.get("policies"), where, kind, problems)));
    }
    return out;
  }

  private List<Policy> list(JsonNode node, String where, PolicyKind kind, List<PolicyProblem> problems) {
    if (node == null || node.isNull()) return List.of();
    List<Policy> out = new ArrayList<>();
    if (node.isArray()) {
      int index = 0;
      for (JsonNode entry : node) out.add(entry(entry, where + " policy " + ++index, kind, problems));
    } else {
      out.add(entry(node, where, kind, problems));
    }
    return out;
  }

  private Policy one(JsonNode node, String where, PolicyKind kind, List<PolicyProblem> problems) {
    return node == null || node.isNull() ? null : entry(node, where, kind, problems);
  }

  /** {@code {name, document}}, {@code {name, policy}} or a bare document; a document given as a string is JSON text. */
  private Policy entry(JsonNode node, String fallbackName, PolicyKind kind, List<PolicyProblem> problems) {
    JsonNode document = node.has("document") ? node.get("document") : node.has("policy") ? node.get("policy") : node;
    String name = text(node.get("name"));
    if (name == null) name = fallbackName;
    String policyName = name;
    PolicyJsonReader.ReadResult read = compiled.computeIfAbsent(new Key(name, kind, document), k -> {
      compilations++;
      return document.isTextual()
          ? PolicyJsonReader.read(policyName, kind, document.asText())
          : PolicyJsonReader.read(policyName, kind, document);
    });
    problems.addAll(read.problems());
    return read.policy();
  }
}
