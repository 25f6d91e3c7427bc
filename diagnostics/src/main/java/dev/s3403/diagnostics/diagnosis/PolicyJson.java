package dev.s3403.diagnostics.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Edits of a policy document's JSON that the fixes share: IAM's one-statement and one-value shorthands included. */
final class PolicyJson {
  private PolicyJson() {}

  /** The document's statements as an array to add to (one statement given as an object becomes a list of it). */
  static ArrayNode statements(ObjectNode doc) {
    JsonNode current = doc.get("Statement");
    if (current instanceof ArrayNode a) return a;
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    if (current instanceof ObjectNode one) list.add(one);
    doc.set("Statement", list);
    return list;
  }

  /** The statement at a 1-based index, as the engine counts them, or null. */
  static ObjectNode statement(ObjectNode doc, int index) {
    JsonNode s = doc.get("Statement");
    if (s instanceof ObjectNode o && index == 1) return o;
    return s instanceof ArrayNode a && index - 1 < a.size() && a.get(index - 1) instanceof ObjectNode o ? o : null;
  }

  /** The member name as written, matched case-insensitively (condition keys are), or null. */
  static String field(ObjectNode node, String name) {
    for (var e : node.properties()) {
      if (e.getKey().equalsIgnoreCase(name)) return e.getKey();
    }
    return null;
  }

  /** Adds a value to a condition key's values (a single value becomes a list); false when the key is not there. */
  static boolean addValue(ObjectNode block, String key, String value) {
    String field = field(block, key);
    if (field == null) return false;
    JsonNode current = block.get(field);
    ArrayNode list = current.isArray() ? (ArrayNode) current : block.putArray(field).add(current.asText());
    list.add(value);
    return true;
  }
}
