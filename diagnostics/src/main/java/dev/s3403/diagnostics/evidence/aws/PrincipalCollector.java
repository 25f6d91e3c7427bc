package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.policy.Arns;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The denied principal's IAM role or user ({@code principals}): account, type, unique id, creation date, tags,
 * permissions boundary and every identity policy with its document. A session ARN is read as its role. The
 * policies' call chains run concurrently: GetRole, the lists, GetPolicy, GetPolicyVersion (one level more for a
 * user's groups), whatever the number of policies.
 */
public final class PrincipalCollector implements Collector {
  private static final Set<String> ACTIONS = Set.of("iam:GetRole", "iam:GetUser", "iam:ListRolePolicies",
      "iam:GetRolePolicy", "iam:ListAttachedRolePolicies", "iam:ListUserPolicies", "iam:GetUserPolicy",
      "iam:ListAttachedUserPolicies", "iam:ListGroupsForUser", "iam:ListGroupPolicies", "iam:GetGroupPolicy",
      "iam:ListAttachedGroupPolicies", "iam:GetPolicy", "iam:GetPolicyVersion",
      // only after a NoSuchEntity, to tell "does not exist" from "is in another account"
      "sts:GetCallerIdentity");

  @Override
  public String name() {
    return "principal";
  }

  @Override
  public Set<String> actions() {
    return ACTIONS;
  }

  /** The principal's entry under its ARN as far as the target shows it: a session ARN has no role path. */
  @Override
  public String area(Target target) {
    String iamArn = Arns.iamArn(target.principal());
    return iamArn == null ? "/principals" : "/principals/" + Draft.segment(iamArn);
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) throws InterruptedException {
    // Root, service principals, federated users and anonymous callers have no IAM entity to read.
    String iamArn = Arns.iamArn(target.principal());
    if (iamArn == null) return;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      // The policies are listed by name, which the ARN already gives: start at once, beside GetRole, into a scratch
      // draft that counts only if the entity turns out to exist. That saves one call latency of the chain.
      String guessed = "/principals/" + Draft.segment(iamArn);
      Draft scratch = new Draft(java.time.Instant.EPOCH);
      PolicyOwner owner = iamArn.contains(":role/") ? new PolicyOwner.Role(Arns.name(iamArn)) : new PolicyOwner.User(Arns.name(iamArn));
      Future<ArrayNode> early = pool.submit(() -> new IdentityPolicies(aws.iam(), scratch, guessed + "/identityPolicies", pool).read(owner));
      IamEntity entity = IamEntity.find(aws, draft, area(target), iamArn);
      ArrayNode policies = Futures.join(early);
      String at = entity == null ? guessed : "/principals/" + Draft.segment(entity.arn());
      draft.absorb(scratch, entity != null, guessed, at);
      if (entity == null) return;
      draft.put(at, describe(entity));
      Future<ObjectNode> boundary = entity.boundaryArn() == null ? null
          : pool.submit(() -> IamPolicies.managed(aws.iam(), draft, at + "/permissionsBoundary",
              Arns.name(entity.boundaryArn()), entity.boundaryArn()));
      if (policies != null) draft.put(at + "/identityPolicies", policies);
      if (boundary == null) draft.none(at + "/permissionsBoundary");
      else draft.put(at + "/permissionsBoundary", Futures.join(boundary));
    }
  }

  private static ObjectNode describe(IamEntity e) {
    ObjectNode p = Draft.json().createObjectNode()
        .put("account", Arns.account(e.arn()))
        .put("type", e.type())
        .put("id", e.id());
    if (e.createDate() != null) p.put("createDate", e.createDate().toString());
    ObjectNode tags = p.putObject("tags");
    e.tags().forEach(tags::put);
    return p;
  }
}
