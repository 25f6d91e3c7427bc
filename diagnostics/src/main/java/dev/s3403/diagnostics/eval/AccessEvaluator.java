package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.eval.Decision.Verdict;
import dev.s3403.diagnostics.eval.StatementMatcher.Naming;
import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Combines the policy types as "Policy evaluation logic" and "Cross-account policy evaluation logic" in the IAM
 * User Guide describe them:
 * <ol>
 *   <li>an explicit deny in any applicable policy denies;
 *   <li>every RCP level allows unless it denies ({@code RCPFullAWSAccess} is implied), every SCP level must allow,
 *       and any VPC endpoint policy must allow;
 *   <li>across accounts the principal's side (identity, boundary, session) and the resource policy must both
 *       allow;
 *   <li>within one account either side may allow, with the documented limits: a resource-policy grant to a user
 *       or session ARN stands alone, a grant to a role ARN is still limited by the boundary and session policy,
 *       and a grant to the account delegates to the identity policies.
 * </ol>
 * Anonymous and service callers have no principal side, so only the resource side (and RCPs, VPC endpoints)
 * can apply to them. A KMS key policy must allow even within the account. Block Public Access's
 * RestrictPublicBuckets, when on, denies every caller outside the bucket owner's account except AWS services
 * as soon as the bucket policy is public: as an explicit deny where the policies would allow, and as one more
 * blocking layer where they deny already. The account root user needs no identity policy on either side.
 */
public final class AccessEvaluator {
  private AccessEvaluator() {}

  public static Decision evaluate(Caller asking, String action, String resource, String resourceAccount,
      RequestContext ctx, PolicySet policies) {
    return ServiceRules.apply(combine(asking, action, resource, resourceAccount, ctx, policies), action, resource);
  }

  private static Decision combine(Caller asking, String action, String resource, String resourceAccount,
      RequestContext ctx, PolicySet policies) {
    boolean principalSide = asking.kind().hasPrincipalSide();
    Caller caller = asking.withPermissionsBoundary(principalSide && policies.permissionBoundary() != null);
    boolean sameAccount = principalSide && Objects.equals(caller.account(), resourceAccount);
    Map<PolicyType, TypeOutcome> perType = new EnumMap<>(PolicyType.class);
    if (principalSide) {
      perType.put(PolicyType.IDENTITY, PolicyTypeEvaluator.evaluate(policies.identity(), caller, action, resource, ctx));
      single(perType, PolicyType.PERMISSION_BOUNDARY, policies.permissionBoundary(), caller, action, resource, ctx);
      single(perType, PolicyType.SESSION, policies.session(), caller, action, resource, ctx);
      if (!policies.scps().isEmpty() && hierarchyOf(policies.scps(), caller.account())) {
        perType.put(PolicyType.SCP, levels(policies.scps(), false, caller, action, resource, ctx));
      }
    }
    single(perType, PolicyType.RESOURCE, policies.resource(), caller, action, resource, ctx);
    if (!policies.rcps().isEmpty() && hierarchyOf(policies.rcps(), resourceAccount)) {
      perType.put(PolicyType.RCP, levels(policies.rcps(), true, caller, action, resource, ctx));
    }
    if (!policies.vpcEndpoint().isEmpty()) {
      perType.put(PolicyType.VPC_ENDPOINT,
          PolicyTypeEvaluator.evaluate(policies.vpcEndpoint(), caller, action, resource, ctx));
    }

    // Block Public Access overrides what the policies grant, so it is an explicit deny when they would allow and
    // one more blocking layer beside theirs when they already deny.
    Statement publicGrant = restrictedPublicGrant(caller, resource, sameAccount, policies);
    if (publicGrant != null) {
      perType.put(PolicyType.S3_BLOCK_PUBLIC_ACCESS, new TypeOutcome.ExplicitlyDenied(List.of(publicGrant), List.of()));
    }

    List<PolicyType> explicit = new ArrayList<>();
    List<Decision.Decisive> denies = new ArrayList<>();
    boolean unknown = false;
    for (var entry : perType.entrySet()) {
      if (entry.getKey() == PolicyType.S3_BLOCK_PUBLIC_ACCESS) continue;
      switch (entry.getValue()) {
        case TypeOutcome.ExplicitlyDenied d -> {
          explicit.add(entry.getKey());
          d.denies().forEach(st -> denies.add(new Decision.Decisive(entry.getKey(), st)));
        }
        case TypeOutcome.Unknown u -> unknown = true;
        case TypeOutcome.Allowed a -> { }
        case TypeOutcome.ImplicitlyDenied i -> { }
      }
    }
    if (publicGrant != null && !explicit.isEmpty()) {
      explicit.add(PolicyType.S3_BLOCK_PUBLIC_ACCESS);
      denies.add(new Decision.Decisive(PolicyType.S3_BLOCK_PUBLIC_ACCESS, publicGrant));
    }
    if (!explicit.isEmpty()) return new Decision(Verdict.EXPLICITLY_DENIED, perType, explicit, denies, sameAccount);
    if (unknown) return new Decision(Verdict.UNKNOWN, perType, List.of(), List.of(), sameAccount);

    List<PolicyType> missing = new ArrayList<>();
    gate(perType, PolicyType.SCP, missing);
    gate(perType, PolicyType.VPC_ENDPOINT, missing);
    if (!principalSide) {
      if (!allows(perType, PolicyType.RESOURCE)) missing.add(PolicyType.RESOURCE);
    } else if (!sameAccount) {
      principalGates(perType, caller, true, missing);
      if (!allows(perType, PolicyType.RESOURCE)) missing.add(PolicyType.RESOURCE);
    } else {
      // A KMS key policy or a role's trust policy must allow even within the account: there is no same-account
      // shortcut, only a delegation to the account (the :root principal) that hands the decision to the
      // identity policies. A key or role without such a policy allows nobody.
      if (ServiceRules.resourcePolicyMustAllow(action, resource) && !allows(perType, PolicyType.RESOURCE)) {
        missing.add(PolicyType.RESOURCE);
      }
      switch (grant(perType.get(PolicyType.RESOURCE), caller)) {
        case DIRECT -> { }
        case ROLE -> principalGates(perType, caller, false, missing);
        case ACCOUNT, NOT_NAMED -> principalGates(perType, caller, true, missing);
      }
    }
    if (publicGrant != null) {
      if (!missing.isEmpty()) {
        missing.add(PolicyType.S3_BLOCK_PUBLIC_ACCESS);
      } else {
        return new Decision(Verdict.EXPLICITLY_DENIED, perType, List.of(PolicyType.S3_BLOCK_PUBLIC_ACCESS),
            List.of(new Decision.Decisive(PolicyType.S3_BLOCK_PUBLIC_ACCESS, publicGrant)), sameAccount);
      }
    }
    if (!missing.isEmpty()) return new Decision(Verdict.IMPLICITLY_DENIED, perType, missing, List.of(), sameAccount);

    List<Decision.Decisive> allows = new ArrayList<>();
    perType.forEach((type, o) -> {
      if (o instanceof TypeOutcome.Allowed a) a.allows().forEach(st -> allows.add(new Decision.Decisive(type, st)));
    });
    return new Decision(Verdict.ALLOWED, perType, List.of(), allows, sameAccount);
  }

  /**
   * The public statement that RestrictPublicBuckets holds against this caller, or null. The setting leaves "AWS
   * service principals and authorized users within the bucket owner's account" alone and blocks everyone else,
   * including accounts the public policy also names by id ("S3 Block Public Access", S3 User Guide).
   */
  private static Statement restrictedPublicGrant(Caller caller, String resource, boolean sameAccount,
      PolicySet policies) {
    if (!policies.restrictPublicBuckets() || policies.resource() == null || resource == null
        || !isS3(resource) || sameAccount || caller.kind() == Caller.Kind.SERVICE) {
      return null;
    }
    return PublicPolicy.firstPublicStatement(policies.resource());
  }

  /**
   * Whether organization levels belong to the given account. SCPs bind the principal's account and RCPs the
   * resource's; a hierarchy whose last level is another account is someone else's ("SCPs don't affect … users or
   * roles from accounts outside the organization"). A last level that names no account is taken as the right one.
   */
  private static boolean hierarchyOf(List<PolicySet.Level> levels, String account) {
    String last = levels.getLast().target();
    return last == null || account == null || !isAccountId(last) || last.equals(account);
  }

  private static boolean isAccountId(String text) {
    if (text.length() != 12) return false;
    for (int i = 0; i < 12; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
    }
    return true;
  }

  /** An S3 bucket, object or access point ARN in any partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}). */
  private static boolean isS3(String arn) {
    int colon = arn.indexOf(':', 4);
    return arn.startsWith("arn:") && colon > 0 && arn.startsWith(":s3:", colon);
  }

  private static void single(Map<PolicyType, TypeOutcome> perType, PolicyType type, Policy policy, Caller caller,
      String action, String resource, RequestContext ctx) {
    if (policy != null) perType.put(type, PolicyTypeEvaluator.evaluate(List.of(policy), caller, action, resource, ctx));
  }

  /**
   * Organization levels: a deny at any level denies; otherwise every level must allow. For RCPs the implied
   * {@code RCPFullAWSAccess} allows at every level, so only a deny counts.
   */
  private static TypeOutcome levels(List<PolicySet.Level> levels, boolean impliedAllow, Caller caller, String action,
      String resource, RequestContext ctx) {
    List<StatementMatch> trace = new ArrayList<>();
    List<Statement> denies = new ArrayList<>();
    List<Statement> allows = new ArrayList<>();
    boolean everyLevelAllows = true;
    String unknown = null;
    for (PolicySet.Level level : levels) {
      TypeOutcome outcome = PolicyTypeEvaluator.evaluate(level.policies(), caller, action, resource, ctx);
      trace.addAll(outcome.trace());
      switch (outcome) {
        case TypeOutcome.ExplicitlyDenied d -> denies.addAll(d.denies());
        case TypeOutcome.Allowed a -> allows.addAll(a.allows());
        case TypeOutcome.ImplicitlyDenied i -> everyLevelAllows &= impliedAllow;
        case TypeOutcome.Unknown u -> unknown = u.why();
      }
    }
    if (!denies.isEmpty()) return new TypeOutcome.ExplicitlyDenied(denies, trace);
    if (unknown != null) return new TypeOutcome.Unknown(unknown, trace);
    return everyLevelAllows ? new TypeOutcome.Allowed(allows, trace) : new TypeOutcome.ImplicitlyDenied(trace);
  }

  /** A type that, when present, must allow. */
  private static void gate(Map<PolicyType, TypeOutcome> perType, PolicyType type, List<PolicyType> missing) {
    if (perType.containsKey(type) && !allows(perType, type)) missing.add(type);
  }

  /**
   * The principal's own side. The account root user needs no identity policy, in its own account or across
   * accounts ("all requests are implicitly denied by default with the exception of the AWS account root user,
   * which has full access"; it cannot have identity policies): the other gates (SCPs, the resource side) still
   * apply. A federated-user session is always limited by its session policy, and without one it is denied
   * ("Session policies").
   */
  private static void principalGates(Map<PolicyType, TypeOutcome> perType, Caller caller, boolean identityNeeded,
      List<PolicyType> missing) {
    boolean root = caller.kind() == Caller.Kind.ROOT;
    if (identityNeeded && !root && !allows(perType, PolicyType.IDENTITY)) missing.add(PolicyType.IDENTITY);
    gate(perType, PolicyType.PERMISSION_BOUNDARY, missing);
    if (caller.kind() == Caller.Kind.FEDERATED_USER && !perType.containsKey(PolicyType.SESSION)) {
      missing.add(PolicyType.SESSION);
    }
    gate(perType, PolicyType.SESSION, missing);
  }

  private static boolean allows(Map<PolicyType, TypeOutcome> perType, PolicyType type) {
    return perType.get(type) instanceof TypeOutcome.Allowed;
  }

  /**
   * The strongest way an applying resource-policy Allow names a same-account caller. {@code "*"} and the
   * caller's own ARN (a user, or a session's own session ARN) are direct grants; the role ARN of a session is a
   * role grant; an account id or {@code :root} delegates to the account.
   */
  private static Naming grant(TypeOutcome resourceOutcome, Caller caller) {
    if (!(resourceOutcome instanceof TypeOutcome.Allowed allowed)) return Naming.NOT_NAMED;
    Naming best = Naming.NOT_NAMED;
    for (Statement s : allowed.allows()) {
      var principals = s.principals();
      if (principals == null) continue;
      if (principals.negated()) return Naming.DIRECT;   // NotPrincipal in an Allow names everyone else directly
      Naming naming = StatementMatcher.naming(principals, caller);
      if (naming.compareTo(best) > 0) best = naming;
    }
    return best;
  }
}
