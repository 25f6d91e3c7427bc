package dev.s3403.diagnostics.evidence.aws;

import static dev.s3403.diagnostics.evidence.aws.OrganizationCollector.DESCRIBE_POLICY;
import static dev.s3403.diagnostics.evidence.aws.OrganizationCollector.LIST_PARENTS;
import static dev.s3403.diagnostics.evidence.aws.OrganizationCollector.LIST_POLICIES;
import static dev.s3403.diagnostics.evidence.aws.OrganizationCollector.LIST_ROOTS;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.aws.Calls.Answer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.ParentType;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.Root;
import software.amazon.awssdk.services.organizations.model.PolicyType;

/**
 * The levels from an account up to its organization's root, with the SCPs and RCPs attached at each, read as a
 * pipeline: a level's policies are listed as soon as the level is known (the account's at once), and each policy is
 * described as soon as it is listed, so the whole path costs about its depth plus two call latencies.
 */
final class OrganizationPath {
  // INVARIANT: the root, at most five levels of OUs, and the account; more means AWS's answers make no sense.
  private static final int MAX_LEVELS = 7;
  private static final String ONLY_ADMINISTRATORS =
      " (only the management account or a delegated administrator can read an organization's policies)";

  private final OrganizationsClient organizations;
  private final Draft draft;
  private final ExecutorService pool;
  private final Map<String, Future<ObjectNode>> described = new ConcurrentHashMap<>();

  OrganizationPath(OrganizationsClient organizations, Draft draft, ExecutorService pool) {
    this.organizations = organizations;
    this.draft = draft;
    this.pool = pool;
  }

  /** One level: the root ({@code r-…}), an OU ({@code ou-…}) or the account, and its policies of each type. */
  record Level(String target, Future<ArrayNode> scps, Future<ArrayNode> rcps) {}

  /** Why a part of the path could not be read, carried out of the calls that run in parallel. */
  static final class Unreadable extends RuntimeException {
    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Walks up from the account; each level's policies are already on their way when the next level is asked for.
   *
   * @return the levels, root first and the account last
   * @throws Unreadable when a level's parent could not be read
   */
  List<Level> climb(String account) throws InterruptedException {
    // The root is one call away whatever the depth: its policies are on their way while the path is still climbing.
    Future<Level> root = pool.submit(() -> switch (Calls.attempt(draft, LIST_ROOTS, Set.of(),
        () -> organizations.listRoots(r -> r.maxResults(1)).roots())) {
      case Answer.Value<List<Root>>(List<Root> roots) when !roots.isEmpty() -> level(roots.getFirst().id());
      case Answer.Value<List<Root>> none -> null;
      case Answer.Failed<List<Root>> failed -> null;
      case Answer.Missing<List<Root>> missing -> null;
    });
    Deque<Level> levels = new ArrayDeque<>();
    String target = account;
    ParentType type = null;
    while (type != ParentType.ROOT) {
      if (levels.size() == MAX_LEVELS) throw new Unreadable("no root within " + MAX_LEVELS + " levels of " + account);
      levels.addFirst(level(target));
      Parent parent = parent(target);
      target = parent.id();
      type = parent.type();
    }
    Level early = Futures.join(root);
    levels.addFirst(early != null && early.target().equals(target) ? early : level(target));
    return List.copyOf(levels);
  }

  private Level level(String target) {
    return new Level(target, pool.submit(() -> policies(target, PolicyType.SERVICE_CONTROL_POLICY)),
        pool.submit(() -> policies(target, PolicyType.RESOURCE_CONTROL_POLICY)));
  }

  private Parent parent(String child) {
    List<Parent> parents = read(LIST_PARENTS, () -> organizations.listParents(r -> r.childId(child)).parents());
    if (parents.isEmpty()) throw new Unreadable(LIST_PARENTS + " gave no parent for `" + child + "`");
    return parents.getFirst();
  }

  private ArrayNode policies(String target, PolicyType type) throws InterruptedException {
    List<PolicySummary> listed = read(LIST_POLICIES, () -> organizations
        .listPoliciesForTargetPaginator(r -> r.targetId(target).filter(type)).stream()
        .flatMap(page -> page.policies().stream()).toList());
    // The same policy at several levels (FullAWSAccess usually is at all of them) is described once.
    List<Future<ObjectNode>> documents = listed.stream().filter(p -> !impliedEverywhere(p, type))
        .map(p -> described.computeIfAbsent(p.id(), id -> pool.submit(() -> describe(p)))).toList();
    ArrayNode out = Draft.json().createArrayNode();
    for (Future<ObjectNode> document : documents) out.add(Futures.join(document));
    return out;
  }

  /** The spec leaves {@code RCPFullAWSAccess} out: it is attached at every level and allows everything. */
  private static boolean impliedEverywhere(PolicySummary policy, PolicyType type) {
    return type == PolicyType.RESOURCE_CONTROL_POLICY && Boolean.TRUE.equals(policy.awsManaged())
        && "RCPFullAWSAccess".equals(policy.name());
  }

  /** FullAWSAccess, AWS's own SCP: its content is fixed and documented, so it is not asked for. */
  private static final String FULL_AWS_ACCESS =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

  private ObjectNode describe(PolicySummary policy) {
    boolean fullAccess = Boolean.TRUE.equals(policy.awsManaged()) && "FullAWSAccess".equals(policy.name());
    String content = fullAccess ? FULL_AWS_ACCESS : read(DESCRIBE_POLICY,
        () -> organizations.describePolicy(r -> r.policyId(policy.id())).policy().content());
    ObjectNode document = JsonText.object(content);
    if (document == null) throw new Unreadable("the policy `" + policy.name() + "` is not a JSON object");
    ObjectNode out = Draft.json().createObjectNode().put("name", policy.name()).put("arn", policy.arn());
    out.set("document", document);
    return out;
  }

  private <T> T read(String action, Supplier<T> call) {
    return switch (Calls.attempt(draft, action, Set.of(), call)) {
      case Answer.Value<T>(T value) -> value;
      case Answer.Failed<T>(String reason) ->
          throw new Unreadable(reason.startsWith("AccessDenied") ? reason + ONLY_ADMINISTRATORS : reason);
      case Answer.Missing<T> none -> throw new IllegalStateException("no error code means missing here");
    };
  }
}
