package dev.s3403.diagnostics.policy.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.policy.Condition;
import dev.s3403.diagnostics.policy.Effect;
import dev.s3403.diagnostics.policy.Element;
import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.PolicyKind;
import dev.s3403.diagnostics.policy.PolicyProblem;
import dev.s3403.diagnostics.policy.Principals;
import dev.s3403.diagnostics.policy.Statement;
import dev.s3403.diagnostics.policy.StatementRef;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an IAM policy document into {@link Policy} records, once. It never throws on a document: what AWS would
 * reject comes back as {@link PolicyProblem}s that name the policy and statement, and a statement with a
 * problem is left out of the policy.
 */
public final class PolicyJsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> VERSIONS = Set.of("2008-10-17", "2012-10-17");

  private static final Set<String> STATEMENT_ELEMENTS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action",
      "NotAction", "Resource", "NotResource", "Condition");

  /** Every condition operator AWS documents, without the IfExists suffix or set qualifier. */
  static final Set<String> OPERATORS = Set.of("StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
      "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals", "NumericNotEquals",
      "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals",
      "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals", "Bool",
      "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnNotEquals", "ArnLike", "ArnNotLike", "Null");

  private static final Set<String> PRINCIPAL_TYPES = Set.of("AWS", "Service", "Federated", "CanonicalUser");

  private PolicyJsonReader() {}

  /** A policy and what was wrong with it; the policy holds only the statements that could be read. */
  public record ReadResult(Policy policy, List<PolicyProblem> problems) {
    public ReadResult {
      problems = List.copyOf(problems);
    }
  }

  public static ReadResult read(String name, PolicyKind kind, String json) {
    try {
      return read(name, kind, JSON.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return new ReadResult(new Policy(name, kind, null, List.of()),
          List.of(new PolicyProblem(name, null, "not JSON: " + e.getOriginalMessage())));
    }
  }

  public static ReadResult read(String name, PolicyKind kind, JsonNode document) {
    List<PolicyProblem> problems = new ArrayList<>();
    if (document == null || !document.isObject()) {
      problems.add(new PolicyProblem(name, null, "a policy document must be a JSON object"));
      return new ReadResult(new Policy(name, kind, null, List.of()), problems);
    }
    String version = null;
    JsonNode v = document.get("Version");
    if (v != null) {
      if (!v.isTextual() || !VERSIONS.contains(v.asText())) {
        problems.add(new PolicyProblem(name, null, "`Version` must be `2012-10-17` or `2008-10-17`, not `%s`"
            .formatted(v.isTextual() ? v.asText() : v.toString())));
      } else {
        version = v.asText();
      }
    }
    for (Iterator<String> it = document.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!Set.of("Version", "Id", "Statement").contains(field)) {
        problems.add(new PolicyProblem(name, null, "element `%s` is not a policy element".formatted(field)));
      }
    }
    JsonNode statements = document.get("Statement");
    List<JsonNode> list = new ArrayList<>();
    if (statements == null) {
      problems.add(new PolicyProblem(name, null, "`Statement` is missing"));
    } else if (statements.isObject()) {
      list.add(statements);   // a single statement may stand without an array
    } else if (statements.isArray()) {
      statements.forEach(list::add);
    } else {
      problems.add(new PolicyProblem(name, null, "`Statement` must be an object or an array of objects"));
    }
    List<Statement> read = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Statement s = statement(name, kind, i + 1, list.get(i), problems);
      if (s != null) read.add(s);
    }
    return new ReadResult(new Policy(name, kind, version, read), problems);
  }

  private static Statement statement(String name, PolicyKind kind, int index, JsonNode node, List<PolicyProblem> problems) {
    JsonNode sidNode = node.isObject() ? node.get("Sid") : null;
    StatementRef ref = new StatementRef(name, index, sidNode != null && sidNode.isTextual() ? sidNode.asText() : null);
    int before = problems.size();
    if (!node.isObject()) {
      problems.add(new PolicyProblem(name, ref, "a statement must be a JSON object"));
      return null;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!STATEMENT_ELEMENTS.contains(field)) {
        problems.add(new PolicyProblem(name, ref, "element `%s` is not a statement element".formatted(field)));
      }
    }
    if (ref.sid() != null && !kind.hasPrincipal() && !ref.sid().chars().allMatch(Character::isLetterOrDigit)) {
      // IAM and Organizations accept only letters and digits in a Sid; resource and key policies accept more.
      problems.add(new PolicyProblem(name, ref, "`Sid` `%s` may hold only letters and digits".formatted(ref.sid())));
    }
    Effect effect = effect(node.get("Effect"), name, ref, problems);
    Element actions = element(node, "Action", "NotAction", name, ref, problems, true);
    Element resources = element(node, "Resource", "NotResource", name, ref, problems, !kind.hasPrincipal());
    if (resources != null) {
      for (String r : resources.values()) {
        if (!r.equals("*") && !r.startsWith("arn:") && !r.startsWith("${")) {
          problems.add(new PolicyProblem(name, ref, "resource `%s` is not an ARN".formatted(r)));
        }
      }
    }
    Principals principals = principals(node, kind, name, ref, problems);
    List<Condition> conditions = conditions(node.get("Condition"), kind, name, ref, problems);
    if (kind == PolicyKind.RESOURCE_CONTROL) resourceControlGrammar(node, effect, principals, name, ref, problems);
    return problems.size() > before ? null : new Statement(ref, effect, principals, actions, resources, conditions);
  }

  /**
   * "RCP syntax" (Organizations User Guide): a custom RCP denies ("the effect of Allow is only supported for the
   * RCPFullAWSAccess policy", which is implied, so a copy of it is accepted), its Principal is `*`, and it has no
   * NotPrincipal or NotAction.
   */
  private static void resourceControlGrammar(JsonNode node, Effect effect, Principals principals, String name,
      StatementRef ref, List<PolicyProblem> problems) {
    if (node.has("NotPrincipal")) problems.add(new PolicyProblem(name, ref, "an RCP cannot use `NotPrincipal`"));
    if (node.has("NotAction")) problems.add(new PolicyProblem(name, ref, "an RCP cannot use `NotAction`"));
    if (principals != null && !principals.negated() && !principals.everyone()) {
      problems.add(new PolicyProblem(name, ref, "an RCP's `Principal` must be `*`"));
    }
    boolean fullAccessCopy = "*".equals(node.path("Action").asText(null)) && "*".equals(node.path("Resource").asText(null))
        && !node.has("Condition");
    if (effect == Effect.ALLOW && !fullAccessCopy) {
      problems.add(new PolicyProblem(name, ref,
          "an RCP statement must `Deny`: `Allow` is only supported in `RCPFullAWSAccess`, which is always attached"));
    }
  }

  private static Effect effect(JsonNode node, String name, StatementRef ref, List<PolicyProblem> problems) {
    if (node == null) {
      problems.add(new PolicyProblem(name, ref, "`Effect` is missing"));
      return null;
    }
    return switch (node.asText()) {
      case "Allow" -> Effect.ALLOW;
      case "Deny" -> Effect.DENY;
      default -> {
        problems.add(new PolicyProblem(name, ref, "`Effect` must be `Allow` or `Deny`, not `%s`".formatted(node.asText())));
        yield null;
      }
    };
  }

  private static Element element(JsonNode node, String plain, String negated, String name, StatementRef ref,
      List<PolicyProblem> problems, boolean required) {
    JsonNode p = node.get(plain);
    JsonNode n = node.get(negated);
    if (p != null && n != null) {
      problems.add(new PolicyProblem(name, ref, "`%s` and `%s` cannot stand together".formatted(plain, negated)));
      return null;
    }
    if (p == null && n == null) {
      if (required) problems.add(new PolicyProblem(name, ref, "`%s` or `%s` is missing".formatted(plain, negated)));
      return null;
    }
    List<String> values = strings(p != null ? p : n, p != null ? plain : negated, name, ref, problems);
    return values == null ? null : new Element(values, n != null);
  }

  private static Principals principals(JsonNode node, PolicyKind kind, String name, StatementRef ref,
      List<PolicyProblem> problems) {
    JsonNode p = node.get("Principal");
    JsonNode n = node.get("NotPrincipal");
    if (p == null && n == null) {
      if (kind.hasPrincipal() && kind != PolicyKind.VPC_ENDPOINT) {
        problems.add(new PolicyProblem(name, ref, "`Principal` is missing"));
      }
      return null;
    }
    String element = p != null ? "Principal" : "NotPrincipal";
    if (!kind.hasPrincipal()) {
      problems.add(new PolicyProblem(name, ref, "`%s` is not allowed in a policy attached to a principal".formatted(element)));
      return null;
    }
    if (p != null && n != null) {
      problems.add(new PolicyProblem(name, ref, "`Principal` and `NotPrincipal` cannot stand together"));
      return null;
    }
    JsonNode value = p != null ? p : n;
    if (value.isTextual()) {
      if (!value.asText().equals("*")) {
        problems.add(new PolicyProblem(name, ref, "`%s` must be `*` or an object".formatted(element)));
        return null;
      }
      return new Principals(true, Map.of(), n != null);
    }
    if (!value.isObject()) {
      problems.add(new PolicyProblem(name, ref, "`%s` must be `*` or an object".formatted(element)));
      return null;
    }
    Map<String, List<String>> byType = new LinkedHashMap<>();
    boolean everyone = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> type = it.next();
      if (!PRINCIPAL_TYPES.contains(type.getKey())) {
        problems.add(new PolicyProblem(name, ref, "principal type `%s` is not known".formatted(type.getKey())));
        continue;
      }
      List<String> values = strings(type.getValue(), element + "." + type.getKey(), name, ref, problems);
      if (values == null) continue;
      everyone |= type.getKey().equals("AWS") && values.contains("*");
      for (String principal : values) {
        if (type.getKey().equals("AWS") && !principal.equals("*") && principal.contains("*")) {
          // Only a lone "*" may stand for principals; "role/etl-*" is rejected (use aws:PrincipalArn with ArnLike).
          problems.add(new PolicyProblem(name, ref, "principal `%s` may not hold a wildcard".formatted(principal)));
        }
      }
      byType.put(type.getKey(), values);
    }
    return new Principals(everyone, byType, n != null);
  }

  private static List<Condition> conditions(JsonNode node, PolicyKind kind, String name, StatementRef ref,
      List<PolicyProblem> problems) {
    List<Condition> out = new ArrayList<>();
    if (node == null) return out;
    if (!node.isObject()) {
      problems.add(new PolicyProblem(name, ref, "`Condition` must be an object"));
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> op = it.next();
      String operator = op.getKey();
      Condition.SetQualifier qualifier = Condition.SetQualifier.SINGLE;
      if (operator.startsWith("ForAllValues:")) {
        qualifier = Condition.SetQualifier.FOR_ALL_VALUES;
        operator = operator.substring("ForAllValues:".length());
      } else if (operator.startsWith("ForAnyValue:")) {
        qualifier = Condition.SetQualifier.FOR_ANY_VALUE;
        operator = operator.substring("ForAnyValue:".length());
      }
      boolean ifExists = operator.endsWith("IfExists") && !operator.equals("IfExists");
      String base = ifExists ? operator.substring(0, operator.length() - "IfExists".length()) : operator;
      if (!OPERATORS.contains(base) || ifExists && base.equals("Null")) {
        problems.add(new PolicyProblem(name, ref, "condition operator `%s` is not known".formatted(op.getKey())));
        continue;
      }
      if (!op.getValue().isObject()) {
        problems.add(new PolicyProblem(name, ref, "condition `%s` must map keys to values".formatted(op.getKey())));
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
        Map.Entry<String, JsonNode> key = keys.next();
        List<String> values = strings(key.getValue(), "condition key `" + key.getKey() + "`", name, ref, problems);
        if (values == null) continue;
        String lowerKey = key.getKey().toLowerCase(Locale.ROOT);
        if (kind == PolicyKind.KEY && qualifier != Condition.SetQualifier.SINGLE && lowerKey.startsWith("kms:encryptioncontext:")) {
          // AWS KMS rejects set operators on single-valued encryption-context keys.
          problems.add(new PolicyProblem(name, ref, "`%s` cannot take `%s`: it holds one value".formatted(key.getKey(),
              qualifier == Condition.SetQualifier.FOR_ALL_VALUES ? "ForAllValues" : "ForAnyValue")));
          continue;
        }
        out.add(new Condition(base, qualifier, ifExists, lowerKey, key.getKey(), values));
      }
    }
    return out;
  }

  /** A string, number or boolean, or an array of them; numbers keep their text (account ids, `10`). */
  private static List<String> strings(JsonNode node, String what, String name, StatementRef ref,
      List<PolicyProblem> problems) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (!scalar(item)) {
          problems.add(new PolicyProblem(name, ref, "%s must hold strings".formatted(what)));
          return null;
        }
        out.add(item.asText());
      }
      return out;
    }
    if (!scalar(node)) {
      problems.add(new PolicyProblem(name, ref, "%s must be a string or an array of strings".formatted(what)));
      return null;
    }
    out.add(node.asText());
    return out;
  }

  private static boolean scalar(JsonNode node) {
    return node.isTextual() || node.isNumber() || node.isBoolean();
  }
}
