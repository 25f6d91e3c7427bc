package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceWriter;
import dev.s3403.diagnostics.policy.Arns;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The principals the conversation already knows, in the bundle's written form. An identity policy pasted on its own
 * is one of a role's policies, and the bundle's {@code identityPolicies} is the whole list, so a recognizer starts from
 * the known list and adds to it; a merge then keeps the other policies instead of replacing them.
 */
final class KnownPrincipals {
  private KnownPrincipals() {}

  /**
   * The key the bundle uses for an IAM role or user: the known key with the same account and name when there is
   * one (a session ARN has no role path, so {@code role/app} may be known as {@code role/service/app}), else the ARN.
   */
  static String keyFor(String iamArn, Bundle known) {
    JsonNode principals = EvidenceWriter.write(known).path("principals");
    if (principals.has(iamArn)) return iamArn;
    String account = Arns.account(iamArn);
    String kind = Arns.resource(iamArn).startsWith("role/") ? ":role/" : ":user/";
    String name = Arns.name(iamArn);
    for (Iterator<String> keys = principals.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (key.contains(":iam::" + account + kind) && Arns.name(key).equals(name)) return key;
    }
    return iamArn;
  }

  /** The role (or user) a conversation is about: its principal's IAM ARN under the bundle's key for it. */
  static Optional<String> ofContext(Context ctx) {
    String iamArn = Arns.iamArn(ctx.principalArn());
    return iamArn == null ? Optional.empty() : Optional.of(keyFor(iamArn, ctx.known()));
  }

  /** A copy of the known identity policies of a principal; empty when none are known. */
  static ArrayNode identityPolicies(String key, Bundle known) {
    JsonNode list = EvidenceWriter.write(known).path("principals").path(key).path("identityPolicies");
    return list instanceof ArrayNode array ? array.deepCopy() : Draft.NODES.arrayNode();
  }

  /** The known principals whose permissions boundary is the policy with this ARN. */
  static Map<String, JsonNode> withBoundary(String policyArn, Bundle known) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    EvidenceWriter.write(known).path("principals").properties().forEach(e -> {
      if (policyArn.equals(e.getValue().path("permissionsBoundary").path("arn").asText(null))) {
        out.put(e.getKey(), e.getValue().get("permissionsBoundary"));
      }
    });
    return out;
  }

  /**
   * Puts a policy into a list of identity policies: it replaces the entry with the same ARN, else the entry with the
   * same name and no ARN (an inline policy), else the entry with the same document, else it is added. Members the new
   * entry does not know are kept from the old one.
   *
   * @return whether an entry was replaced rather than added
   */
  static boolean upsert(ArrayNode list, ObjectNode entry) {
    String arn = entry.path("arn").asText(null);
    String name = entry.path("name").asText(null);
    JsonNode document = entry.get("document");
    for (int i = 0; i < list.size(); i++) {
      JsonNode old = list.get(i);
      boolean same = arn != null ? arn.equals(old.path("arn").asText(null))
          : name != null ? !old.has("arn") && name.equals(old.path("name").asText(null))
          : document != null && document.equals(old.get("document"));
      if (same) {
        ObjectNode merged = old instanceof ObjectNode o ? o.deepCopy() : Draft.NODES.objectNode();
        merged.setAll(entry);
        list.set(i, merged);
        return true;
      }
    }
    list.add(entry);
    return false;
  }
}
