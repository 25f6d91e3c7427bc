package dev.s3403.diagnostics.resolve;

import dev.s3403.diagnostics.actions.RequiredAction;
import dev.s3403.diagnostics.eval.AccessEvaluator;
import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.eval.ContextDerivation;
import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.eval.PolicySet;
import dev.s3403.diagnostics.eval.RequestContext;
import dev.s3403.diagnostics.eval.cases.Callers;
import dev.s3403.diagnostics.evidence.AccountInfo;
import dev.s3403.diagnostics.evidence.BlockPublicAccess;
import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.ContextValue;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.evidence.Organization;
import dev.s3403.diagnostics.evidence.PolicyDoc;
import dev.s3403.diagnostics.evidence.PolicyDocument;
import dev.s3403.diagnostics.evidence.PolicyLevel;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import dev.s3403.diagnostics.evidence.Request;
import dev.s3403.diagnostics.evidence.VpcEndpointInfo;
import dev.s3403.diagnostics.policy.Arns;
import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.PolicyKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates one required action of the resolved request with every policy the bundle holds for it, and says which
 * policies it could not weigh because the bundle does not know them. An explicit deny among the known policies is
 * certain whatever the unknown ones say; any other answer is only as good as the evidence.
 */
public final class ActionEvaluator {
  private final Bundle bundle;
  private final PolicyCompiler compiler = new PolicyCompiler();

  public ActionEvaluator(Bundle bundle) {
    this.bundle = bundle;
  }

  /**
   * One action's answer, and the evidence (as JSON pointers) that was missing for a certain one.
   *
   * @param side where a request through an access point was decided: at the access point (its policy and the
   *     caller's policies on the access point's ARN) or at the bucket (whose policy must allow or delegate)
   */
  public record Outcome(RequiredAction action, Decision decision, List<String> unknown, List<String> problems,
      Side side) {
    public Outcome {
      unknown = List.copyOf(unknown);
      problems = List.copyOf(problems);
    }

    public Outcome(RequiredAction action, Decision decision, List<String> unknown, List<String> problems) {
      this(action, decision, unknown, problems, Side.DIRECT);
    }

    public boolean certain() {
      return decision.verdict() == Decision.Verdict.EXPLICITLY_DENIED || unknown.isEmpty();
    }

    /**
     * Whether this policy type blocks the action: it denies explicitly, or it is a gate that does not allow
     * (boundary, session, SCP, VPC endpoint), or, for the principal's and the resource's own policies, it does not
     * allow where the other side cannot allow alone (across accounts, or a key or trust policy).
     */
    public boolean blockedBy(dev.s3403.diagnostics.eval.PolicyType type, boolean crossAccount) {
      var t = decision.perType().get(type);
      if (t instanceof dev.s3403.diagnostics.eval.TypeOutcome.ExplicitlyDenied || decision.deniedBy().contains(type)) return true;
      if (!(t instanceof dev.s3403.diagnostics.eval.TypeOutcome.ImplicitlyDenied)) return false;
      return switch (type) {
        case SCP, PERMISSION_BOUNDARY, SESSION, VPC_ENDPOINT -> true;
        case IDENTITY -> crossAccount || !(decision.perType().get(dev.s3403.diagnostics.eval.PolicyType.RESOURCE)
            instanceof dev.s3403.diagnostics.eval.TypeOutcome.Allowed);
        case RESOURCE -> crossAccount || action.action().startsWith("kms:");
        case RCP, S3_BLOCK_PUBLIC_ACCESS -> false;
      };
    }

    /** Whether the policies of this type were all known for this action. */
    public boolean certainFor(dev.s3403.diagnostics.eval.PolicyType type) {
      if (unknown.contains("/request/principal")) return false;
      return unknown.stream().noneMatch(u -> switch (type) {
        case IDENTITY -> u.endsWith("/identityPolicies");
        case PERMISSION_BOUNDARY -> u.endsWith("/permissionsBoundary");
        case SESSION -> u.equals("/request/sessionPolicy");
        case RESOURCE -> u.endsWith("/policy") && (u.startsWith("/buckets/") || u.startsWith("/kmsKeys/"));
        case SCP -> u.endsWith("/scps") || u.endsWith("/organization");
        case RCP -> u.endsWith("/rcps") || u.endsWith("/organization") || u.endsWith("/account");
        case VPC_ENDPOINT -> u.startsWith("/vpcEndpoints/");
        case S3_BLOCK_PUBLIC_ACCESS -> false;
      });
    }
  }

  /** Where the request was decided. */
  public enum Side { DIRECT, ACCESS_POINT, BUCKET }

  public Outcome evaluate(ResolvedRequest r, RequiredAction a) {
    AccessPoints.Target ap = AccessPoints.target(bundle, a);
    if (ap == null) return evaluate(r, a, null);
    // Through an access point AWS weighs the access point's policy (with the caller's policies on the access point
    // ARN) and then the bucket's policy, which must allow or delegate to the access point ("Configuring IAM
    // policies for using access points").
    Outcome atAccessPoint = evaluate(r, new RequiredAction(a.action(), ap.resource(), a.when()), ap);
    if (atAccessPoint.decision().verdict() != Decision.Verdict.ALLOWED) {
      return new Outcome(a, atAccessPoint.decision(), atAccessPoint.unknown(), atAccessPoint.problems(), Side.ACCESS_POINT);
    }
    Outcome atBucket = AccessPoints.bucketSide(this, r, a, ap);
    return atBucket.decision().verdict() == Decision.Verdict.ALLOWED ? atAccessPoint : atBucket;
  }

  private Outcome evaluate(ResolvedRequest r, RequiredAction a, AccessPoints.Target ap) {
    List<String> unknown = new ArrayList<>();
    // Without a principal the request is evaluated as anonymous, which says nothing certain about whoever it was.
    if (r.principal() == null) unknown.add("/request/principal");
    Caller caller = r.principal() == null ? Caller.anonymous() : Callers.read(r.principal()).orElse(Caller.anonymous());
    boolean kms = a.action().toLowerCase(java.util.Locale.ROOT).startsWith("kms:");
    String resource = a.resource() == null ? "*" : a.resource();
    String resourceAccount = kms ? Arns.account(resource) : r.bucketAccount();

    List<Policy> identity = List.of();
    Policy boundary = null;
    Policy session = null;
    List<PolicySet.Level> scps = List.of();
    if (caller.kind().hasPrincipalSide()) {
      PrincipalInfo p = Lookups.principal(bundle, caller);
      String at = "/principals/" + (caller.roleArn() != null ? caller.roleArn() : caller.arn());
      if (caller.kind() != Caller.Kind.ROOT) {
        if (p == null || p.identityPolicies().isUnknown()) unknown.add(at + "/identityPolicies");
        else identity = compiler.all(p.identityPolicies().orNull(), PolicyKind.IDENTITY);
        if (p == null || p.permissionsBoundary().isUnknown()) unknown.add(at + "/permissionsBoundary");
        else boundary = compiler.one(p.permissionsBoundary().orNull(), PolicyKind.PERMISSIONS_BOUNDARY);
      }
      if (caller.kind() == Caller.Kind.ASSUMED_ROLE || caller.kind() == Caller.Kind.FEDERATED_USER) {
        Request req = bundle.request().orNull();
        Fact<PolicyDocument> sp = req == null ? Fact.unknown() : req.sessionPolicy();
        if (sp.isUnknown()) unknown.add("/request/sessionPolicy");
        else if (sp.isKnown()) session = compiler.document("session policy", sp.orNull(), PolicyKind.SESSION);
      }
      scps = levels(caller.account(), true, unknown, "/request/principal");
    }
    Policy resourcePolicy = ap != null ? ap.policy(compiler) : resourcePolicy(kms, resource, r, unknown);
    List<PolicySet.Level> rcps = levels(resourceAccount, false, unknown,
        kms ? "/kmsKeys/" + resource + "/account" : "/buckets/" + r.bucket() + "/account");
    List<Policy> endpoint = endpointPolicy(unknown);
    boolean restrict = !kms && restrictPublicBuckets(r, resourceAccount);

    var set = new PolicySet(identity, resourcePolicy, boundary, session, scps, rcps, endpoint, restrict);
    var ctx = ContextDerivation.derive(caller, resourceAccount, kms ? kmsContext(r, caller) : context(caller, ap)).context();
    Decision d = AccessEvaluator.evaluate(caller, a.action(), resource, resourceAccount, ctx, set);
    return new Outcome(a, d, unknown, compiler.problems());
  }

  /**
   * The keys S3 sets on the KMS call it makes for the caller ("Encryption context" and "kms:ViaService" in the S3
   * and KMS guides): the encryption context names the object's ARN, or the bucket's when an S3 Bucket Key is
   * used; the call comes via s3.REGION.amazonaws.com for the caller's account. A request that sets a key keeps it.
   */
  private RequestContext kmsContext(ResolvedRequest r, Caller caller) {
    Map<String, Object> values = new LinkedHashMap<>(context(caller, null).values());
    var bucket = Lookups.bucket(bundle, r.bucket());
    if (r.bucket() != null) {
      boolean bucketKey = bucket != null && bucketKeyEnabled(bucket, r.key());
      String arn = "arn:aws:s3:::" + r.bucket() + (bucketKey || r.key() == null ? "" : "/" + r.key());
      values.putIfAbsent("kms:encryptioncontext:aws:s3:arn", arn);
    }
    String region = bucket == null ? null : bucket.region().orNull();
    if (region != null) values.putIfAbsent("kms:viaservice", "s3." + region + ".amazonaws.com");
    if (caller.account() != null) values.putIfAbsent("kms:calleraccount", caller.account());
    return RequestContext.of(values);
  }

  private static boolean bucketKeyEnabled(BucketInfo bucket, String key) {
    var objects = bucket.objects().orNull();
    var object = objects == null || key == null ? null : objects.get(key);
    var objectEnc = object == null ? null : object.encryption().orNull();
    Boolean onObject = objectEnc == null ? null : objectEnc.bucketKeyEnabled().orNull();
    if (onObject != null) return onObject;
    var bucketEnc = bucket.encryption().orNull();
    return bucketEnc != null && Boolean.TRUE.equals(bucketEnc.bucketKeyEnabled().orNull());
  }

  /** The context of the KMS call S3 makes for this request, derived keys included. */
  public RequestContext derivedKmsContext(ResolvedRequest r, String keyArn) {
    Caller caller = r.principal() == null ? Caller.anonymous() : Callers.read(r.principal()).orElse(Caller.anonymous());
    return ContextDerivation.derive(caller, Arns.account(keyArn), kmsContext(r, caller)).context();
  }

  /** The context keys an S3 request of this caller carries, derived keys included (for narrowing a Deny to it). */
  public RequestContext derivedContext(ResolvedRequest r) {
    Caller caller = r.principal() == null ? Caller.anonymous() : Callers.read(r.principal()).orElse(Caller.anonymous());
    return ContextDerivation.derive(caller, r.bucketAccount(), context(caller, null)).context();
  }

  Bundle bundle() {
    return bundle;
  }

  PolicyCompiler compiler() {
    return compiler;
  }

  private Policy resourcePolicy(boolean kms, String resource, ResolvedRequest r, List<String> unknown) {
    if (kms) {
      KmsKeyInfo key = Lookups.key(bundle, resource);
      if (key == null || key.policy().isUnknown()) {
        unknown.add("/kmsKeys/" + resource + "/policy");
        return null;
      }
      return key.policy().isKnown() ? compiler.document("key policy", key.policy().orNull(), PolicyKind.KEY) : null;
    }
    BucketInfo bucket = Lookups.bucket(bundle, r.bucket());
    if (bucket == null || bucket.policy().isUnknown()) {
      unknown.add("/buckets/" + r.bucket() + "/policy");
      return null;
    }
    return bucket.policy().isKnown()
        ? compiler.document(r.bucket() + " bucket policy", bucket.policy().orNull(), PolicyKind.RESOURCE) : null;
  }

  /** SCP levels of the principal's account, or RCP levels of the resource's; none outside an organization. */
  private List<PolicySet.Level> levels(String account, boolean scp, List<String> unknown, String accountFrom) {
    if (account == null) {
      // Whose organization applies is not known until the account is.
      if (!unknown.contains(accountFrom)) unknown.add(accountFrom);
      return List.of();
    }
    AccountInfo info = Lookups.account(bundle, account);
    String at = "/accounts/" + account + "/organization";
    if (info == null || info.organization().isUnknown()) {
      unknown.add(at);
      return List.of();
    }
    Organization org = info.organization().orNull();
    if (org == null) return List.of();
    Fact<List<PolicyLevel>> levels = scp ? org.scps() : org.rcps();
    if (levels.isUnknown()) {
      unknown.add(at + (scp ? "/scps" : "/rcps"));
      return List.of();
    }
    List<PolicySet.Level> out = new ArrayList<>();
    for (PolicyLevel level : levels.asOptional().orElse(List.of())) {
      List<PolicyDoc> docs = level.policies().orNull();
      out.add(new PolicySet.Level(level.target().orNull(),
          compiler.all(docs == null ? List.of() : docs, scp ? PolicyKind.SERVICE_CONTROL : PolicyKind.RESOURCE_CONTROL)));
    }
    return out;
  }

  /** The policy of the VPC endpoint the request came through (aws:SourceVpce); a null policy is full access. */
  private List<Policy> endpointPolicy(List<String> unknown) {
    String vpce = single(requestContext().get("aws:SourceVpce"));
    if (vpce == null) return List.of();
    Map<String, VpcEndpointInfo> endpoints = bundle.vpcEndpoints().orNull();
    VpcEndpointInfo e = endpoints == null ? null : endpoints.get(vpce);
    if (e == null || e.policy().isUnknown()) {
      unknown.add("/vpcEndpoints/" + vpce + "/policy");
      return List.of();
    }
    return e.policy().isKnown()
        ? List.of(compiler.document(vpce, e.policy().orNull(), PolicyKind.VPC_ENDPOINT)) : List.of();
  }

  private boolean restrictPublicBuckets(ResolvedRequest r, String bucketAccount) {
    BucketInfo bucket = Lookups.bucket(bundle, r.bucket());
    AccountInfo account = Lookups.account(bundle, bucketAccount);
    return restricts(bucket == null ? null : bucket.blockPublicAccess().orNull())
        || restricts(account == null ? null : account.blockPublicAccess().orNull());
  }

  private static boolean restricts(BlockPublicAccess bpa) {
    return bpa != null && Boolean.TRUE.equals(bpa.restrictPublicBuckets().orNull());
  }

  /** The request's context keys, with the principal's tags where the request does not set them. */
  RequestContext context(Caller caller, AccessPoints.Target ap) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (ap != null) values.putAll(ap.context());
    requestContext().forEach((k, v) -> values.put(k, switch (v) {
      case ContextValue.One one -> one.value();
      case ContextValue.Many many -> many.values();
    }));
    PrincipalInfo p = caller.kind().hasPrincipalSide() ? Lookups.principal(bundle, caller) : null;
    Map<String, String> tags = p == null ? null : p.tags().orNull();
    if (tags != null) {
      tags.forEach((k, v) -> {
        String key = "aws:PrincipalTag/" + k;
        if (values.keySet().stream().noneMatch(existing -> existing.equalsIgnoreCase(key))) values.put(key, v);
      });
    }
    return RequestContext.of(values);
  }

  private Map<String, ContextValue> requestContext() {
    Request req = bundle.request().orNull();
    Map<String, ContextValue> ctx = req == null ? null : req.context().orNull();
    return ctx == null ? Map.of() : ctx;
  }

  private static String single(ContextValue v) {
    return v instanceof ContextValue.One one ? one.value() : null;
  }

}
