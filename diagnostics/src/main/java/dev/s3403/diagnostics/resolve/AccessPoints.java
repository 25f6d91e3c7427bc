package dev.s3403.diagnostics.resolve;

import dev.s3403.diagnostics.actions.RequiredAction;
import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.eval.ContextDerivation;
import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.PolicyTypeEvaluator;
import dev.s3403.diagnostics.eval.TypeOutcome;
import dev.s3403.diagnostics.eval.cases.Callers;
import dev.s3403.diagnostics.evidence.AccessPointInfo;
import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Request;
import dev.s3403.diagnostics.policy.Arns;
import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.PolicyKind;
import java.util.List;
import java.util.Map;

/** A request made through an S3 access point: its ARN as the resource, its policy, and the bucket's delegation. */
final class AccessPoints {
  private AccessPoints() {}

  /** The access point a request went through, and the action's resource under it. */
  record Target(String arn, AccessPointInfo info, String resource) {
    Policy policy(PolicyCompiler compiler) {
      var doc = info.policy().asOptional().orElse(null);
      return doc == null ? null : compiler.document(arn + " access point policy", doc, PolicyKind.RESOURCE);
    }

    /** The keys S3 sets for a request through an access point. */
    Map<String, Object> context() {
      String account = Arns.account(arn);
      String origin = info.networkOrigin().asOptional().map(o -> o.wire()).orElse(null);
      return origin == null ? Map.of("s3:DataAccessPointArn", arn, "s3:DataAccessPointAccount", account)
          : Map.of("s3:DataAccessPointArn", arn, "s3:DataAccessPointAccount", account, "s3:AccessPointNetworkOrigin", origin);
    }
  }

  static Target target(Bundle bundle, RequiredAction a) {
    if (!a.action().startsWith("s3:") || a.resource() == null || !a.resource().startsWith("arn:aws:s3:::")) return null;
    Request req = bundle.request().orNull();
    String arn = req == null ? null : req.accessPoint().orNull();
    Map<String, AccessPointInfo> aps = bundle.accessPoints().orNull();
    AccessPointInfo info = arn == null || aps == null ? null : aps.get(arn);
    if (info == null) return null;
    String path = a.resource().substring("arn:aws:s3:::".length());
    int slash = path.indexOf('/');
    String resource = slash < 0 ? arn : arn + "/object/" + path.substring(slash + 1);
    return new Target(arn, info, resource);
  }

  /** The bucket's side: its policy must allow the request that comes through the access point (or delegate to it). */
  static ActionEvaluator.Outcome bucketSide(ActionEvaluator evaluator, ResolvedRequest r, RequiredAction a, Target ap) {
    BucketInfo bucket = Lookups.bucket(evaluatorBundle(evaluator), r.bucket());
    if (bucket == null || bucket.policy().isUnknown()) {
      return new ActionEvaluator.Outcome(a, allowed(), List.of("/buckets/" + r.bucket() + "/policy"), List.of(),
          ActionEvaluator.Side.BUCKET);
    }
    Policy policy = bucket.policy().asOptional()
        .map(d -> evaluator.compiler().document(r.bucket() + " bucket policy", d, PolicyKind.RESOURCE)).orElse(null);
    Caller caller = r.principal() == null ? Caller.anonymous() : Callers.read(r.principal()).orElse(Caller.anonymous());
    var ctx = ContextDerivation.derive(caller, r.bucketAccount(), evaluator.context(caller, ap)).context();
    TypeOutcome outcome = policy == null ? new TypeOutcome.ImplicitlyDenied(List.of())
        : PolicyTypeEvaluator.evaluate(List.of(policy), caller, a.action(), a.resource(), ctx);
    Decision.Verdict verdict = switch (outcome) {
      case TypeOutcome.Allowed al -> Decision.Verdict.ALLOWED;
      case TypeOutcome.ExplicitlyDenied d -> Decision.Verdict.EXPLICITLY_DENIED;
      case TypeOutcome.ImplicitlyDenied i -> Decision.Verdict.IMPLICITLY_DENIED;
      case TypeOutcome.Unknown u -> Decision.Verdict.UNKNOWN;
    };
    var decision = new Decision(verdict, Map.of(PolicyType.RESOURCE, outcome),
        verdict == Decision.Verdict.ALLOWED ? List.of() : List.of(PolicyType.RESOURCE), List.of(), r.relation() == Relation.SAME_ACCOUNT);
    return new ActionEvaluator.Outcome(a, decision, List.of(), List.of(), ActionEvaluator.Side.BUCKET);
  }

  private static Decision allowed() {
    return new Decision(Decision.Verdict.ALLOWED, Map.of(), List.of(), List.of(), false);
  }

  private static Bundle evaluatorBundle(ActionEvaluator evaluator) {
    return evaluator.bundle();
  }
}
