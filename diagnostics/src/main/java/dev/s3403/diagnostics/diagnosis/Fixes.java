package dev.s3403.diagnostics.diagnosis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.cases.Callers;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.PolicyDocument;
import dev.s3403.diagnostics.policy.Arns;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import dev.s3403.diagnostics.resolve.ActionEvaluator;
import dev.s3403.diagnostics.resolve.Lookups;
import dev.s3403.diagnostics.resolve.RequestDecision;
import dev.s3403.diagnostics.resolve.ResolvedRequest;
import dev.s3403.diagnostics.resolve.Resolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The least-privilege policy change for the causes a missing Allow makes (DESIGN.md, "Fix"): exactly the denied
 * actions on exactly their resources, written where the evidence shows it is missing, and proven by evaluating the
 * patched copy of the evidence. Other causes get their steps and commands without a patch.
 */
final class Fixes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> IDENTITY = Set.of("identity-policy-missing-allow",
      "cross-account-identity-policy-missing-allow", "policy-resource-arn-mismatch", "operation-needs-additional-action",
      "invalid-action-name-in-policy", "console-needs-extra-permissions", "presigned-url-signer-not-authorized",
      "kms-multipart-needs-decrypt", "directory-bucket-session-auth");
  private static final Set<String> BUCKET = Set.of("cross-account-bucket-policy-missing-allow",
      "bucket-policy-principal-mismatch", "cloudfront-origin-access-bucket-policy", "acl-grant-missing-or-acl-only-access",
      "aws-service-principal-denied", "s3-website-endpoint-403", "anonymous-request-not-permitted");
  private static final Set<String> BUCKET_DENY = Set.of("bucket-policy-explicit-deny", "perimeter-identity-org-deny",
      "perimeter-network-deny", "request-attribute-condition-other");
  private static final Set<String> KMS = Set.of("kms-decrypt-denied", "kms-generate-data-key-denied",
      "kms-cross-account-key-access", "cloudfront-oac-kms");

  private Fixes() {}

  static Fix forCause(Cause c, Diagnosis d, Bundle bundle) {
    String id = c.info().id();
    if (IDENTITY.contains(id)) return identity(d, bundle, outcomes(d, PolicyType.IDENTITY, o -> true));
    if (BUCKET.contains(id)) return bucket(d, bundle);
    if (BUCKET_DENY.contains(id)) return narrowDeny(c, d, bundle);
    if (id.equals("permissions-boundary-implicit-deny")) return boundary(c, d, bundle);
    if (id.equals("vpce-policy-implicit-deny")) return endpoint(c, d, bundle);
    if (id.equals("session-policy-implicit-deny")) return session(c, d, bundle);
    if (id.equals("bpa-restrict-public-buckets")) return nonPublic(c, d, bundle);
    if (id.equals("scp-implicit-deny")) {
      Fix f = OrgFixes.allowList(c, d, bundle);
      if (f != null) return f;
    }
    if (id.equals("scp-explicit-deny") || id.equals("perimeter-resource-org-deny") || id.equals("scp-region-deny")) {
      Fix f = OrgFixes.narrowDeny(c, d, bundle);
      if (f != null) return f;
    }
    if (id.equals("identity-policy-condition-unmet") || id.equals("list-prefix-condition-mismatch")
        || id.equals("kms-condition-mismatch")) {
      Fix widened = Conditions.widen(c, d, bundle);
      if (widened != null) return widened;
    }
    if (id.equals("access-point-bucket-not-delegated")) return delegation(c, d, bundle);
    if (KMS.contains(id)) {
      List<Outcome> keySide = outcomes(d, PolicyType.RESOURCE, o -> o.action().action().startsWith("kms:"));
      return keySide.isEmpty() ? identity(d, bundle, outcomes(d, PolicyType.IDENTITY, o -> o.action().action().startsWith("kms:")))
          : key(d, bundle, keySide);
    }
    return Steps.forCause(c, d);
  }

  /** The actions denied because this layer does not allow them. */
  private static List<Outcome> outcomes(Diagnosis d, PolicyType type, java.util.function.Predicate<Outcome> which) {
    return d.outcomes().stream().filter(which)
        .filter(o -> o.decision().verdict() != Decision.Verdict.ALLOWED)
        .filter(o -> o.blockedBy(type, d.request().crossAccount()))
        .toList();
  }

  private static Fix identity(Diagnosis d, Bundle bundle, List<Outcome> denied) {
    Caller caller = caller(d.request());
    if (denied.isEmpty() || caller == null || !caller.kind().hasPrincipalSide()) return Steps.none(d);
    String key = Lookups.principalKey(bundle, caller);
    ObjectNode doc = document(statement("S3403Fix", null, actions(denied), resources(denied), null));
    Bundle patched = BundlePatch.addIdentityPolicy(bundle, key, "s3-403-fix", new PolicyDocument(doc));
    String name = key.substring(key.lastIndexOf('/') + 1);
    boolean role = key.contains(":role/");
    String command = "aws iam put-%s-policy --%s-name %s --policy-name s3-403-fix --policy-document file://policy.json"
        .formatted(role ? "role" : "user", role ? "role" : "user", name);
    return new Fix("allow `%s` on `%s` in an inline policy of %s".formatted(String.join("`, `", actions(denied)),
        String.join("`, `", resources(denied)), key),
        List.of("save the policy below as policy.json", "run the command as an administrator of account " + caller.account()),
        List.of(command), new Fix.Patch("/principals/" + escape(key) + "/identityPolicies/-", doc), verified(d, patched));
  }

  private static Fix bucket(Diagnosis d, Bundle bundle) {
    List<Outcome> denied = outcomes(d, PolicyType.RESOURCE, o -> o.action().action().startsWith("s3:"));
    String bucketName = d.request().bucket();
    var bucket = bundle.buckets().asOptional().map(m -> m.get(bucketName)).orElse(null);
    if (denied.isEmpty() || bucket == null || bucket.policy().isUnknown()) return Steps.none(d);
    ObjectNode doc = bucket.policy().asOptional().map(PolicyDocument::json).orElseGet(() -> document());
    ObjectNode principal = JSON.createObjectNode();
    ObjectNode condition = null;
    String p = d.request().principal();
    if (p != null && p.endsWith(".amazonaws.com")) {
      principal.put("Service", p);
      String sourceArn = sourceArn(bundle);
      if (sourceArn != null) condition = (ObjectNode) JSON.createObjectNode().set("StringEquals",
          JSON.createObjectNode().put("aws:SourceArn", sourceArn));
      else if (d.request().bucketAccount() != null) condition = (ObjectNode) JSON.createObjectNode().set("StringEquals",
          JSON.createObjectNode().put("aws:SourceAccount", d.request().bucketAccount()));
    } else if ("anonymous".equals(p)) {
      // Anonymous reads (a public website) can only be granted to everyone: still only the denied read actions,
      // on the bucket's objects rather than one key, since a site serves all of them.
      principal = null;
    } else {
      Caller caller = caller(d.request());
      if (caller == null || !caller.kind().hasPrincipalSide()) return Steps.none(d);
      principal.put("AWS", Lookups.principalKey(bundle, caller));
    }
    List<String> resources = principal == null ? List.of("arn:aws:s3:::" + bucketName + "/*") : resources(denied);
    ObjectNode grant = statement("S3403Fix", principal, actions(denied), resources, condition);
    if (principal == null) grant.put("Principal", "*");
    PolicyJson.statements(doc).add(grant);
    Bundle patched = BundlePatch.bucketPolicy(bundle, bucketName, new PolicyDocument(doc));
    return new Fix("add a statement to the bucket policy of `%s` allowing `%s` for %s".formatted(bucketName,
        String.join("`, `", actions(denied)), principal == null ? "everyone" : principal.toString()),
        List.of("save the policy below as policy.json (the current policy with one statement added)",
            "run the command as an administrator of the bucket owner's account " + d.request().bucketAccount()),
        List.of("aws s3api put-bucket-policy --bucket %s --policy file://policy.json".formatted(bucketName)),
        new Fix.Patch("/buckets/" + escape(bucketName) + "/policy", doc), verified(d, patched));
  }

  private static Fix key(Diagnosis d, Bundle bundle, List<Outcome> denied) {
    String keyArn = denied.getFirst().action().resource();
    var key = bundle.kmsKeys().asOptional().map(m -> m.get(keyArn)).orElse(null);
    Caller caller = caller(d.request());
    if (key == null || key.policy().isUnknown() || caller == null) return Steps.none(d);
    ObjectNode doc = key.policy().asOptional().map(PolicyDocument::json).orElseGet(() -> document());
    ObjectNode principal = JSON.createObjectNode();
    if (caller.kind() == Caller.Kind.SERVICE) principal.put("Service", caller.service());
    else principal.put("AWS", Lookups.principalKey(bundle, caller));
    PolicyJson.statements(doc).add(statement("S3403Fix", principal, actions(denied), List.of("*"), null));
    Bundle patched = BundlePatch.keyPolicy(bundle, keyArn, new PolicyDocument(doc));
    return new Fix("add a statement to the key policy of `%s` allowing `%s`".formatted(keyArn, String.join("`, `", actions(denied))),
        List.of("save the policy below as key-policy.json (the current key policy with one statement added)",
            "run the command as an administrator of the key's account " + Arns.account(keyArn)),
        List.of("aws kms put-key-policy --key-id %s --policy-name default --policy file://key-policy.json".formatted(keyArn)),
        new Fix.Patch("/kmsKeys/" + escape(keyArn) + "/policy", doc), verified(d, patched));
  }

  static Fix verifiedOrNot(Diagnosis d, Bundle patched, Fix draft) {
    return new Fix(draft.summary(), draft.steps(), draft.commands(), draft.patch(), verified(d, patched));
  }

  /** Widens the exclusion of the denying bucket-policy statement to this request, when its Deny has one. */
  private static Fix narrowDeny(Cause c, Diagnosis d, Bundle bundle) {
    String bucketName = d.request().bucket();
    var bucket = bundle.buckets().asOptional().map(m -> m.get(bucketName)).orElse(null);
    Outcome denied = d.outcomes().stream().filter(o -> o.decision().perType().get(PolicyType.RESOURCE)
        instanceof dev.s3403.diagnostics.eval.TypeOutcome.ExplicitlyDenied).findFirst().orElse(null);
    if (bucket == null || denied == null || !bucket.policy().isKnown()) return Steps.forCause(c, d);
    var ctx = new ActionEvaluator(bundle).derivedContext(d.request());
    ObjectNode doc = Exemptions.widen(bucket.policy().asOptional().orElseThrow().json(), denied, ctx);
    if (doc == null) return Steps.forCause(c, d);
    Fix steps = Steps.forCause(c, d);
    Bundle patched = BundlePatch.bucketPolicy(bundle, bucketName, new PolicyDocument(doc));
    // The Deny usually guards something on purpose: what the page says to change on the request side comes first,
    // the exception second.
    return new Fix("%s; or, only if the exception is intended, exempt this request from the denying statement of the bucket policy of `%s` (the patch below)"
        .formatted(steps.summary().replaceAll("[.:]+$", ""), bucketName), steps.steps(),
        List.of("aws s3api put-bucket-policy --bucket %s --policy file://policy.json".formatted(bucketName)),
        new Fix.Patch("/buckets/" + escape(bucketName) + "/policy", doc), verified(d, patched));
  }

  /** Adds the denied actions to the caller's permissions boundary. */
  private static Fix boundary(Cause c, Diagnosis d, Bundle bundle) {
    List<Outcome> denied = outcomes(d, PolicyType.PERMISSION_BOUNDARY, o -> true);
    Caller caller = caller(d.request());
    if (denied.isEmpty() || caller == null) return Steps.forCause(c, d);
    String key = Lookups.principalKey(bundle, caller);
    var p = bundle.principals().asOptional().map(m -> m.get(key)).orElse(null);
    var doc0 = p == null ? null : p.permissionsBoundary().asOptional().orElse(null);
    var current = doc0 == null ? null : doc0.document().asOptional().orElse(null);
    if (current == null) return Steps.forCause(c, d);
    ObjectNode doc = current.json();
    PolicyJson.statements(doc).add(statement("S3403Fix", null, actions(denied), resources(denied), null));
    Bundle patched = BundlePatch.boundary(bundle, key, new PolicyDocument(doc));
    String arn = doc0.arn().asOptional().orElse("<boundary-policy-arn>");
    return new Fix("add `%s` on `%s` to the permissions boundary of %s".formatted(String.join("`, `", actions(denied)),
        String.join("`, `", resources(denied)), key), List.of("save the boundary below as boundary.json",
        "run the command as an administrator of account " + caller.account()),
        List.of("aws iam create-policy-version --policy-arn %s --policy-document file://boundary.json --set-as-default".formatted(arn)),
        new Fix.Patch("/principals/" + escape(key) + "/permissionsBoundary/document", doc), verified(d, patched));
  }

  /** Adds the denied actions on their resources to the VPC endpoint's policy. */
  private static Fix endpoint(Cause c, Diagnosis d, Bundle bundle) {
    List<Outcome> denied = outcomes(d, PolicyType.VPC_ENDPOINT, o -> true);
    var ctx = new ActionEvaluator(bundle).derivedContext(d.request());
    List<String> vpces = ctx.get("aws:SourceVpce");
    String vpce = vpces == null || vpces.isEmpty() ? null : vpces.getFirst();
    var endpoint = vpce == null ? null : bundle.vpcEndpoints().asOptional().map(m -> m.get(vpce)).orElse(null);
    var current = endpoint == null ? null : endpoint.policy().asOptional().orElse(null);
    if (denied.isEmpty() || current == null) return Steps.forCause(c, d);
    ObjectNode doc = current.json();
    ObjectNode everyone = JSON.createObjectNode().put("AWS", "*");
    PolicyJson.statements(doc).add(statement("S3403Fix", everyone, actions(denied), resources(denied), null));
    Bundle patched = BundlePatch.endpointPolicy(bundle, vpce, new PolicyDocument(doc));
    return new Fix("allow `%s` on `%s` through %s".formatted(String.join("`, `", actions(denied)),
        String.join("`, `", resources(denied)), vpce), List.of("save the policy below as vpce-policy.json",
        "run the command as an administrator of the endpoint's account"),
        List.of("aws ec2 modify-vpc-endpoint --vpc-endpoint-id %s --policy-document file://vpce-policy.json".formatted(vpce)),
        new Fix.Patch("/vpcEndpoints/" + escape(vpce) + "/policy", doc), verified(d, patched));
  }

  /**
   * Makes the public statement non-public by limiting it to the caller's organization (or account): a fixed value of
   * a key S3 names, so RestrictPublicBuckets no longer applies and the grant still reaches the caller.
   */
  private static Fix nonPublic(Cause c, Diagnosis d, Bundle bundle) {
    String bucketName = d.request().bucket();
    var bucket = bundle.buckets().asOptional().map(m -> m.get(bucketName)).orElse(null);
    var publicStatement = d.outcomes().stream()
        .map(o -> o.decision().perType().get(PolicyType.S3_BLOCK_PUBLIC_ACCESS))
        .filter(t -> t instanceof dev.s3403.diagnostics.eval.TypeOutcome.ExplicitlyDenied)
        .map(t -> ((dev.s3403.diagnostics.eval.TypeOutcome.ExplicitlyDenied) t).denies())
        .filter(l -> !l.isEmpty()).map(List::getFirst).findFirst().orElse(null);
    if (bucket == null || !bucket.policy().isKnown() || publicStatement == null) return Steps.forCause(c, d);
    var ctx = new ActionEvaluator(bundle).derivedContext(d.request());
    List<String> org = ctx.get("aws:PrincipalOrgID");
    List<String> account = ctx.get("aws:PrincipalAccount");
    String key = org != null && !org.isEmpty() ? "aws:PrincipalOrgID" : "aws:PrincipalAccount";
    String value = org != null && !org.isEmpty() ? org.getFirst() : account == null || account.isEmpty() ? null : account.getFirst();
    ObjectNode doc = bucket.policy().asOptional().orElseThrow().json();
    ArrayNode statements = PolicyJson.statements(doc);
    int index = publicStatement.ref().index() - 1;
    if (value == null || index >= statements.size() || !(statements.get(index) instanceof ObjectNode st)) return Steps.forCause(c, d);
    ObjectNode condition = st.has("Condition") && st.get("Condition").isObject() ? (ObjectNode) st.get("Condition") : st.putObject("Condition");
    ObjectNode equals = condition.has("StringEquals") && condition.get("StringEquals").isObject()
        ? (ObjectNode) condition.get("StringEquals") : condition.putObject("StringEquals");
    equals.put(key, value);
    Bundle patched = BundlePatch.bucketPolicy(bundle, bucketName, new PolicyDocument(doc));
    return new Fix("limit the public statement of the bucket policy of `%s` to `%s` = `%s`, so it is no longer public"
        .formatted(bucketName, key, value), List.of("save the policy below as policy.json",
        "run the command as an administrator of the bucket owner's account " + d.request().bucketAccount()),
        List.of("aws s3api put-bucket-policy --bucket %s --policy file://policy.json".formatted(bucketName)),
        new Fix.Patch("/buckets/" + escape(bucketName) + "/policy", doc), verified(d, patched));
  }

  /** Adds the denied actions to the session policy the session is made with. */
  private static Fix session(Cause c, Diagnosis d, Bundle bundle) {
    List<Outcome> denied = outcomes(d, PolicyType.SESSION, o -> true);
    var current = bundle.request().asOptional().flatMap(r -> r.sessionPolicy().asOptional()).orElse(null);
    Caller caller = caller(d.request());
    if (denied.isEmpty() || current == null || caller == null || caller.roleArn() == null) return Steps.forCause(c, d);
    ObjectNode doc = current.json();
    PolicyJson.statements(doc).add(statement("S3403Fix", null, actions(denied), resources(denied), null));
    Bundle patched = BundlePatch.sessionPolicy(bundle, new PolicyDocument(doc));
    String session = caller.arn().substring(caller.arn().lastIndexOf('/') + 1);
    return new Fix("make the session with a session policy that also allows `%s` on `%s`".formatted(
        String.join("`, `", actions(denied)), String.join("`, `", resources(denied))),
        List.of("save the session policy below as session-policy.json", "make the session again with it"),
        List.of("aws sts assume-role --role-arn %s --role-session-name %s --policy file://session-policy.json"
            .formatted(Lookups.principalKey(bundle, caller), session)),
        new Fix.Patch("/request/sessionPolicy", doc), verified(d, patched));
  }

  /** Lets the bucket policy allow the denied actions for the caller through this access point only. */
  private static Fix delegation(Cause c, Diagnosis d, Bundle bundle) {
    List<Outcome> denied = d.outcomes().stream().filter(o -> o.side() == ActionEvaluator.Side.BUCKET
        && o.decision().verdict() != Decision.Verdict.ALLOWED).toList();
    String bucketName = d.request().bucket();
    var bucket = bundle.buckets().asOptional().map(m -> m.get(bucketName)).orElse(null);
    String ap = bundle.request().asOptional().flatMap(r -> r.accessPoint().asOptional()).orElse(null);
    Caller caller = caller(d.request());
    if (denied.isEmpty() || bucket == null || bucket.policy().isUnknown() || ap == null || caller == null) {
      return Steps.forCause(c, d);
    }
    ObjectNode doc = bucket.policy().asOptional().map(PolicyDocument::json).orElseGet(Fixes::document);
    ObjectNode principal = JSON.createObjectNode().put("AWS", Lookups.principalKey(bundle, caller));
    ObjectNode condition = (ObjectNode) JSON.createObjectNode().set("StringEquals",
        JSON.createObjectNode().put("s3:DataAccessPointArn", ap));
    PolicyJson.statements(doc).add(statement("S3403Fix", principal, actions(denied), resources(denied), condition));
    Bundle patched = BundlePatch.bucketPolicy(bundle, bucketName, new PolicyDocument(doc));
    return new Fix("let the bucket policy of `%s` allow `%s` through the access point `%s`".formatted(bucketName,
        String.join("`, `", actions(denied)), ap), List.of("save the policy below as policy.json",
        "run the command as an administrator of the bucket owner's account " + d.request().bucketAccount()),
        List.of("aws s3api put-bucket-policy --bucket %s --policy file://policy.json".formatted(bucketName)),
        new Fix.Patch("/buckets/" + escape(bucketName) + "/policy", doc), verified(d, patched));
  }

  /** Whether the request, resolved again from the patched evidence, is allowed for every action it needs. */
  private static boolean verified(Diagnosis d, Bundle patched) {
    ResolvedRequest r = Resolver.resolve(d.parsed(), patched);
    if (r.actions().isEmpty()) return false;
    ActionEvaluator evaluator = new ActionEvaluator(patched);
    List<Outcome> outcomes = new ArrayList<>();
    r.actions().forEach(a -> outcomes.add(evaluator.evaluate(r, a)));
    return RequestDecision.of(outcomes, !r.conditional().isEmpty()) == RequestDecision.ALLOWED;
  }

  /** A bundle key as a JSON pointer token (RFC 6901): ARNs hold slashes. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  static Caller caller(ResolvedRequest r) {
    return r.principal() == null ? null : Callers.read(r.principal()).orElse(null);
  }



  private static String sourceArn(Bundle bundle) {
    var req = bundle.request().asOptional().orElse(null);
    if (req == null) return null;
    var cf = req.cloudfront().asOptional().orElse(null);
    String arn = cf == null ? null : cf.distributionArn().asOptional().orElse(null);
    if (arn != null) return arn;
    var ctx = req.context().asOptional().orElse(Map.of());
    for (var e : ctx.entrySet()) {
      if (e.getKey().equalsIgnoreCase("aws:SourceArn") && e.getValue() instanceof dev.s3403.diagnostics.evidence.ContextValue.One one) {
        return one.value();
      }
    }
    return null;
  }

  private static List<String> actions(List<Outcome> denied) {
    Set<String> out = new LinkedHashSet<>();
    denied.forEach(o -> out.add(o.action().action()));
    return List.copyOf(out);
  }

  private static List<String> resources(List<Outcome> denied) {
    Set<String> out = new LinkedHashSet<>();
    denied.forEach(o -> out.add(o.action().resource() == null ? "*" : o.action().resource()));
    return List.copyOf(out);
  }

  private static ObjectNode document() {
    ObjectNode doc = JSON.createObjectNode().put("Version", "2012-10-17");
    doc.putArray("Statement");
    return doc;
  }

  private static ObjectNode document(ObjectNode statement) {
    ObjectNode doc = document();
    PolicyJson.statements(doc).add(statement);
    return doc;
  }



  private static ObjectNode statement(String sid, ObjectNode principal, List<String> actions, List<String> resources,
      ObjectNode condition) {
    ObjectNode s = JSON.createObjectNode().put("Sid", sid).put("Effect", "Allow");
    if (principal != null) s.set("Principal", principal);
    ArrayNode a = s.putArray("Action");
    actions.forEach(a::add);
    ArrayNode r = s.putArray("Resource");
    resources.forEach(r::add);
    if (condition != null) s.set("Condition", condition);
    return s;
  }
}
