package dev.s3403.diagnostics.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.RequestContext;
import dev.s3403.diagnostics.policy.Condition;
import dev.s3403.diagnostics.policy.Statement;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import java.util.List;
import java.util.Set;

/**
 * The narrowest change to a bucket-policy Deny that lets this one request through: where the Deny excludes callers
 * with a negated condition ("everyone except role X", "everything not through vpce-1"), add the request's own value
 * of that key to the exclusion. A Deny that a request can only satisfy by changing itself (TLS) is not narrowed.
 */
final class Exemptions {
  private Exemptions() {}

  private static final Set<String> NEGATED = Set.of("StringNotEquals", "StringNotEqualsIgnoreCase", "StringNotLike",
      "ArnNotEquals", "ArnNotLike", "NotIpAddress");

  /** The bucket policy with the denying statement's exclusion widened to this request, or null when it cannot be. */
  static ObjectNode widen(ObjectNode policy, Outcome o, RequestContext ctx) {
    var denies = dev.s3403.diagnostics.check.Situation.denies(o, PolicyType.RESOURCE);
    if (denies.isEmpty()) return null;
    return widen(policy, denies, ctx);
  }

  /** The document with one denying statement's exclusion widened to this request, or null. */
  static ObjectNode widenStatement(ObjectNode policy, Statement deny, RequestContext ctx) {
    return widen(policy, List.of(deny), ctx);
  }

  private static ObjectNode widen(ObjectNode policy, List<Statement> denies, RequestContext ctx) {
    ObjectNode copy = policy.deepCopy();
    for (Statement st : denies) {
      ObjectNode json = PolicyJson.statement(copy, st.ref().index());
      if (json == null) return null;
      boolean widened = false;
      for (Condition c : st.conditions()) {
        if (!NEGATED.contains(c.operator())) continue;
        List<String> values = ctx.get(c.key());
        if (values == null || values.isEmpty()) continue;
        String value = c.operator().equals("NotIpAddress") ? values.getFirst() + "/32" : values.getFirst();
        String op = c.operator() + (c.ifExists() ? "IfExists" : "");
        JsonNode block = json.path("Condition").path(op);
        if (!(block instanceof ObjectNode ob)) continue;
        if (!PolicyJson.addValue(ob, c.keyAsWritten(), value)) continue;
        widened = true;
      }
      if (!widened && !addExemption(json, ctx)) return null;
    }
    return copy;
  }

  /**
   * A Deny whose exclusion the request has no value for (a network rule met by a request through a VPC endpoint)
   * gets one more condition that leaves this request out: its VPC endpoint when it came through one, else its
   * principal. Conditions are ANDed, so the Deny still applies to everyone else exactly as before.
   */
  private static boolean addExemption(ObjectNode statement, RequestContext ctx) {
    List<String> vpce = ctx.get("aws:SourceVpce");
    List<String> principal = ctx.get("aws:PrincipalArn");
    List<String> resourceAccount = ctx.get("aws:ResourceAccount");
    boolean resourcePerimeter = statement.path("Condition").toString().toLowerCase(java.util.Locale.ROOT).contains("aws:resourceorg");
    String op;
    String key;
    String value;
    if (resourcePerimeter && resourceAccount != null && !resourceAccount.isEmpty()) {
      // A resource perimeter is excepted by the resource, not by who asks: this one account's buckets.
      op = "StringNotEquals";
      key = "aws:ResourceAccount";
      value = resourceAccount.getFirst();
    } else if (vpce != null && !vpce.isEmpty()) {
      op = "StringNotEquals";
      key = "aws:SourceVpce";
      value = vpce.getFirst();
    } else if (principal != null && !principal.isEmpty()) {
      op = "ArnNotEquals";
      key = "aws:PrincipalArn";
      value = principal.getFirst();
    } else {
      return false;
    }
    ObjectNode condition = statement.has("Condition") && statement.get("Condition").isObject()
        ? (ObjectNode) statement.get("Condition") : statement.putObject("Condition");
    ObjectNode block = condition.has(op) && condition.get(op).isObject() ? (ObjectNode) condition.get(op) : condition.putObject(op);
    if (block.has(key)) return false;
    block.put(key, value);
    return true;
  }
}
