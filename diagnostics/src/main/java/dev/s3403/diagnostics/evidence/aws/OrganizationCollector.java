package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.s3403.diagnostics.evidence.aws.Calls.Answer;
import dev.s3403.diagnostics.evidence.aws.OrganizationPath.Level;
import dev.s3403.diagnostics.evidence.aws.OrganizationPath.Unreadable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organization of the principal's account, with the SCPs and RCPs from its root down to the account
 * ({@code /accounts/<account>/organization}). A member account usually may not read these policies; the
 * {@code unavailable} entry then says so.
 *
 * <p>DescribeOrganization answers for the collector's own account, so this assumes the collector runs in the
 * principal's account (or in its organization's management account).
 */
public final class OrganizationCollector implements Collector {
  static final String DESCRIBE_ORGANIZATION = "organizations:DescribeOrganization";
  static final String LIST_PARENTS = "organizations:ListParents";
  static final String LIST_POLICIES = "organizations:ListPoliciesForTarget";
  static final String DESCRIBE_POLICY = "organizations:DescribePolicy";
  static final String LIST_ROOTS = "organizations:ListRoots";
  private static final String NOT_IN_USE = "AWSOrganizationsNotInUseException";
  private static final Pattern ACCOUNT = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

  @Override
  public String name() {
    return "organization";
  }

  @Override
  public Set<String> actions() {
    return Set.of(DESCRIBE_ORGANIZATION, LIST_PARENTS, LIST_POLICIES, DESCRIBE_POLICY, LIST_ROOTS);
  }

  @Override
  public String area(Target target) {
    String account = account(target.principal());
    return account == null ? "/accounts" : "/accounts/" + account + "/organization";
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) throws InterruptedException {
    String account = account(target.principal());
    if (account == null) return;
    String at = area(target);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<Answer<String>> id = pool.submit(() -> Calls.attempt(draft, DESCRIBE_ORGANIZATION, Set.of(NOT_IN_USE),
          () -> aws.organizations().describeOrganization().organization().id()));
      Policies policies = Policies.read(new OrganizationPath(aws.organizations(), draft, pool), account);
      switch (Futures.join(id)) {
        case Answer.Missing<String> none -> draft.none(at);
        // Nothing at all could be read: one entry for the whole organization, with the first refusal.
        case Answer.Failed<String>(String reason) when policies.noneRead() -> draft.unavailable(at, reason);
        case Answer.Failed<String>(String reason) -> {
          draft.unavailable(at + "/id", reason);
          policies.write(draft, at);
        }
        case Answer.Value<String>(String organization) -> {
          draft.put(at + "/id", Draft.json().getNodeFactory().textNode(organization));
          policies.write(draft, at);
        }
      }
    }
  }

  /** The SCP and RCP levels, each read or not with the reason. */
  private record Policies(Answer<ArrayNode> scps, Answer<ArrayNode> rcps) {
    static Policies read(OrganizationPath path, String account) throws InterruptedException {
      try {
        List<Level> levels = path.climb(account);
        return new Policies(levels(levels, Level::scps), levels(levels, Level::rcps));
      } catch (Unreadable e) {
        return new Policies(new Answer.Failed<>(e.getMessage()), new Answer.Failed<>(e.getMessage()));
      }
    }

    boolean noneRead() {
      return scps instanceof Answer.Failed && rcps instanceof Answer.Failed;
    }

    void write(Draft draft, String at) {
      write(draft, at + "/scps", scps);
      write(draft, at + "/rcps", rcps);
    }

    private static void write(Draft draft, String pointer, Answer<ArrayNode> answer) {
      switch (answer) {
        case Answer.Value<ArrayNode>(ArrayNode levels) -> draft.put(pointer, levels);
        case Answer.Failed<ArrayNode>(String reason) -> draft.unavailable(pointer, reason);
        case Answer.Missing<ArrayNode> none -> draft.none(pointer);
      }
    }
  }

  /** {@code [{target, policies}]}, root first, once every level's policies of one type are in. */
  private static Answer<ArrayNode> levels(List<Level> levels, Function<Level, Future<ArrayNode>> ofType)
      throws InterruptedException {
    ArrayNode out = Draft.json().createArrayNode();
    try {
      for (Level level : levels) {
        out.addObject().put("target", level.target()).set("policies", Futures.join(ofType.apply(level)));
      }
    } catch (Unreadable e) {
      return new Answer.Failed<>(e.getMessage());
    }
    return new Answer.Value<>(out);
  }

  /** The 12-digit account id in the principal's ARN; null for {@code anonymous} and service principals. */
  static String account(String principal) {
    if (principal == null) return null;
    Matcher m = ACCOUNT.matcher(principal);
    return m.find() ? m.group() : null;
  }
}
