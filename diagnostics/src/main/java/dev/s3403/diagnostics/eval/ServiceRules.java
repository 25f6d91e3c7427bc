package dev.s3403.diagnostics.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The few documented rules that belong to one service rather than to the policy language: requests AWS answers
 * whatever the policies say, resources only AWS may change, and resource policies that must allow explicitly.
 */
final class ServiceRules {
  private ServiceRules() {}

  /** Changes to an AWS managed policy ({@code arn:aws:iam::aws:policy/…}). */
  private static final Set<String> POLICY_WRITES = Set.of("iam:createpolicy", "iam:createpolicyversion",
      "iam:deletepolicy", "iam:deletepolicyversion", "iam:setdefaultpolicyversion", "iam:tagpolicy",
      "iam:untagpolicy");

  /** Changes to (and passing of) a role under {@code /aws-reserved/}, such as IAM Identity Center's. */
  private static final Set<String> RESERVED_ROLE_WRITES = Set.of("iam:attachrolepolicy", "iam:createrole",
      "iam:createservicelinkedrole", "iam:deleterole", "iam:deleterolepermissionsboundary", "iam:deleterolepolicy",
      "iam:deleteservicelinkedrole", "iam:detachrolepolicy", "iam:passrole", "iam:putrolepermissionsboundary",
      "iam:putrolepolicy", "iam:tagrole", "iam:untagrole", "iam:updateassumerolepolicy", "iam:updaterole",
      "iam:updateroledescription");

  /** Changes to an alias under the {@code alias/aws/} prefix that AWS managed keys use. */
  private static final Set<String> ALIAS_WRITES = Set.of("kms:createalias", "kms:deletealias", "kms:updatealias");

  /** The actions a role's trust policy decides ("IAM role trust policies … must explicitly allow access"). */
  private static final Set<String> TRUST_ACTIONS = Set.of("sts:assumerole", "sts:assumerolewithsaml",
      "sts:assumerolewithwebidentity", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext");

  private static final Pattern MANAGED_POLICY = Pattern.compile("arn:[^:]+:iam::aws:policy/.*");
  private static final Pattern RESERVED_ROLE = Pattern.compile("arn:[^:]+:iam::\\d{12}:role/aws-reserved/.*");
  private static final Pattern AWS_ALIAS = Pattern.compile("arn:[^:]+:kms:[^:]*:\\d{12}:alias/aws/.*");
  private static final Pattern KMS_KEY = Pattern.compile("arn:[^:]+:kms:[^:]*:\\d{12}:key/.*");
  private static final Pattern ROLE = Pattern.compile("arn:[^:]+:iam::\\d{12}:role/.*");

  /** Applies the rules that override the combined policies, and says why in the decision's notes. */
  static Decision apply(Decision d, String action, String resource) {
    // Every rule here is about IAM, STS or KMS; the S3 requests that fill a diagnosis skip them at once.
    if (action == null || !(action.regionMatches(true, 0, "iam:", 0, 4) || action.regionMatches(true, 0, "sts:", 0, 4)
        || action.regionMatches(true, 0, "kms:", 0, 4))) {
      return d;
    }
    String a = action.toLowerCase(Locale.ROOT);
    if (a.equals("sts:getcalleridentity") && d.verdict() != Decision.Verdict.ALLOWED) {
      // STS API reference: "No permissions are required to perform this operation. If an administrator attaches
      // a policy to your identity that explicitly denies access to the sts:GetCallerIdentity action, you can
      // still perform this operation."
      return new Decision(Decision.Verdict.ALLOWED, d.perType(), List.of(), List.of(), d.sameAccount(),
          List.of("`sts:GetCallerIdentity` needs no permission: AWS answers it even when a policy denies it"));
    }
    String owned = awsOwned(a, resource);
    if (owned != null && d.verdict() == Decision.Verdict.ALLOWED) {
      return new Decision(Decision.Verdict.IMPLICITLY_DENIED, d.perType(), List.of(), List.of(), d.sameAccount(),
          List.of(owned));
    }
    return d;
  }

  /** Why only AWS may make this change, or null when the resource is the customer's. */
  private static String awsOwned(String action, String resource) {
    if (resource == null) return null;
    if (POLICY_WRITES.contains(action) && MANAGED_POLICY.matcher(resource).matches()) {
      return "`%s` is an AWS managed policy: only AWS can change it".formatted(resource);
    }
    if (RESERVED_ROLE_WRITES.contains(action) && RESERVED_ROLE.matcher(resource).matches()) {
      return "`%s` is reserved for an AWS service (its path is /aws-reserved/): only AWS can change it".formatted(resource);
    }
    if (ALIAS_WRITES.contains(action) && AWS_ALIAS.matcher(resource).matches()) {
      return "the `alias/aws/` prefix is reserved for AWS managed keys";
    }
    return null;
  }

  /**
   * Whether the resource policy must allow even within one account: a KMS key policy, and a role's trust policy
   * for the actions that assume or tag a session ("Policy evaluation logic": "IAM role trust policies and KMS key
   * policies are exceptions to this logic, because they must explicitly allow access for principals").
   */
  static boolean resourcePolicyMustAllow(String action, String resource) {
    if (resource == null || resource.contains(":s3:")) return false;   // the common case, decided without a regex
    if (KMS_KEY.matcher(resource).matches()) return true;
    return action != null && TRUST_ACTIONS.contains(action.toLowerCase(Locale.ROOT)) && ROLE.matcher(resource).matches();
  }
}
