package dev.s3403.diagnostics.diagnosis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.StatementMatch;
import dev.s3403.diagnostics.eval.TypeOutcome;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.PolicyDocument;
import dev.s3403.diagnostics.policy.Effect;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import dev.s3403.diagnostics.resolve.ActionEvaluator;
import java.util.List;
import java.util.Set;

/**
 * The fix of an Allow whose condition the request misses: add the request's own value of that key to the
 * condition (the new egress range, the bucket ARN of an S3 Bucket Key's encryption context), so the Allow keeps
 * its condition and covers this request too.
 */
final class Conditions {
  private Conditions() {}

  private static final Set<String> POSITIVE = Set.of("StringEquals", "StringEqualsIgnoreCase", "StringLike",
      "ArnEquals", "ArnLike", "IpAddress");

  static Fix widen(Cause c, Diagnosis d, Bundle bundle) {
    var evaluator = new ActionEvaluator(bundle);
    for (Outcome o : d.outcomes()) {
      var ctx = o.action().action().startsWith("kms:") ? evaluator.derivedKmsContext(d.request(), o.action().resource())
          : evaluator.derivedContext(d.request());
      for (PolicyType type : List.of(PolicyType.IDENTITY, PolicyType.RESOURCE)) {
        TypeOutcome t = o.decision().perType().get(type);
        if (t == null) continue;
        for (StatementMatch m : t.trace()) {
          if (!(m instanceof StatementMatch.ConditionMismatch miss) || m.statement().effect() != Effect.ALLOW) continue;
          var condition = m.statement().conditions().stream().filter(x -> x.keyAsWritten().equalsIgnoreCase(miss.key())
              && POSITIVE.contains(x.operator())).findFirst().orElse(null);
          List<String> values = ctx.get(miss.key());
          if (condition == null || values == null || values.isEmpty()) continue;
          String value = condition.operator().equals("IpAddress") ? values.getFirst() + "/32" : values.getFirst();
          Fix fix = patch(d, bundle, type, o, m.statement().ref().policyName(), m.statement().ref().index(),
              condition.operator() + (condition.ifExists() ? "IfExists" : ""), condition.keyAsWritten(), value);
          if (fix != null) return fix;
        }
      }
    }
    return null;
  }

  private static Fix patch(Diagnosis d, Bundle bundle, PolicyType type, Outcome o, String policyName, int index,
      String operator, String key, String value) {
    Caller caller = Fixes.caller(d.request());
    if (type == PolicyType.IDENTITY && caller != null) {
      String principal = dev.s3403.diagnostics.resolve.Lookups.principalKey(bundle, caller);
      var p = bundle.principals().asOptional().map(m -> m.get(principal)).orElse(null);
      var docs = p == null ? List.<dev.s3403.diagnostics.evidence.PolicyDoc>of() : p.identityPolicies().asOptional().orElse(List.of());
      int at = -1;
      for (int i = 0; i < docs.size(); i++) {
        if (policyName.equals(docs.get(i).name().asOptional().orElse(null))) at = i;
      }
      var doc = at < 0 ? null : docs.get(at).document().asOptional().orElse(null);
      ObjectNode json = doc == null ? null : add(doc.json(), index, operator, key, value);
      if (json == null) return null;
      Bundle patched = BundlePatch.replaceIdentityPolicy(bundle, principal, policyName, new PolicyDocument(json));
      boolean role = principal.contains(":role/");
      String name = principal.substring(principal.lastIndexOf('/') + 1);
      return Fixes.verifiedOrNot(d, patched, new Fix("add `%s` to the `%s` condition of policy `%s`".formatted(value, key, policyName),
          List.of("save the policy below as policy.json", "replace the policy with it (an inline policy shown; for a managed policy create a new default version)"),
          List.of("aws iam put-%s-policy --%s-name %s --policy-name %s --policy-document file://policy.json"
              .formatted(role ? "role" : "user", role ? "role" : "user", name, policyName)),
          new Fix.Patch("/principals/" + Fixes.escape(principal) + "/identityPolicies/" + at + "/document", json), false));
    }
    if (type == PolicyType.RESOURCE && o.action().action().startsWith("kms:")) {
      String keyArn = o.action().resource();
      var kmsKey = bundle.kmsKeys().asOptional().map(m -> m.get(keyArn)).orElse(null);
      var doc = kmsKey == null ? null : kmsKey.policy().asOptional().orElse(null);
      ObjectNode json = doc == null ? null : add(doc.json(), index, operator, key, value);
      if (json == null) return null;
      Bundle patched = BundlePatch.keyPolicy(bundle, keyArn, new PolicyDocument(json));
      return Fixes.verifiedOrNot(d, patched, new Fix("add `%s` to the `%s` condition of the key policy of `%s`".formatted(value, key, keyArn),
          List.of("save the key policy below as key-policy.json", "run the command as an administrator of the key's account"),
          List.of("aws kms put-key-policy --key-id %s --policy-name default --policy file://key-policy.json".formatted(keyArn)),
          new Fix.Patch("/kmsKeys/" + Fixes.escape(keyArn) + "/policy", json), false));
    }
    return null;
  }

  /** The document with the value added to the statement's condition, or null when the statement is not there. */
  private static ObjectNode add(ObjectNode doc, int index, String operator, String key, String value) {
    ObjectNode st = PolicyJson.statement(doc, index);
    if (st == null || !(st.path("Condition").path(operator) instanceof ObjectNode block)) return null;
    return PolicyJson.addValue(block, key, value) ? doc : null;
  }
}
