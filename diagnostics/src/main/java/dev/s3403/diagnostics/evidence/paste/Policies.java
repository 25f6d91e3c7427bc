package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Policy documents as the CLI prints them: an object ({@code get-role-policy}), a JSON string
 * ({@code get-bucket-policy}, {@code get-key-policy}, {@code describe-policy}, {@code describe-vpc-endpoints}) or a
 * URL-encoded string (raw IAM API and SDK output). The bundle wants the object.
 */
final class Policies {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> DOCUMENT_MEMBERS = Set.of("Version", "Id", "Statement");

  private Policies() {}

  /** A policy as printed, decoded. */
  sealed interface Decoded {}

  /** A policy document object; {@code urlEncoded} says it had to be URL-decoded first. */
  record Document(ObjectNode json, boolean urlEncoded) implements Decoded {}

  /** Not a policy document, and why. */
  record NotADocument(String why) implements Decoded {}

  static Decoded decode(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) return new NotADocument("there is no policy document");
    if (node instanceof ObjectNode object) return checked(object, false);
    if (!node.isTextual()) return new NotADocument("the policy is neither a JSON object nor a string");
    String text = node.textValue().strip();
    boolean encoded = text.regionMatches(true, 0, "%7B", 0, 3);
    if (encoded) {
      try {
        text = URLDecoder.decode(text, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return new NotADocument("the policy looks URL-encoded but does not decode");
      }
    }
    try {
      return JSON.readTree(text) instanceof ObjectNode object ? checked(object, encoded)
          : new NotADocument("the policy string does not hold a JSON object");
    } catch (JacksonException e) {
      return new NotADocument("the policy string is not valid JSON");
    }
  }

  private static Decoded checked(ObjectNode json, boolean encoded) {
    JsonNode statement = json.get("Statement");
    if (statement == null || !(statement.isArray() || statement.isObject())) {
      return new NotADocument("the policy has no `Statement`");
    }
    return new Document(json, encoded);
  }

  /** Whether a JSON value is a policy document on its own: a {@code Statement}, maybe a Version and an Id. */
  static boolean isBareDocument(JsonNode node) {
    if (!(node instanceof ObjectNode o) || !o.has("Statement")) return false;
    for (var names = o.fieldNames(); names.hasNext(); ) if (!DOCUMENT_MEMBERS.contains(names.next())) return false;
    return true;
  }

  /** Whether any statement names a {@code Principal}: then it is a resource policy, not an identity policy. */
  static boolean hasPrincipal(ObjectNode document) {
    JsonNode statement = document.get("Statement");
    if (statement == null) return false;
    if (statement.isObject()) return statement.has("Principal") || statement.has("NotPrincipal");
    for (JsonNode s : statement) if (s.has("Principal") || s.has("NotPrincipal")) return true;
    return false;
  }

  /** Whether the actions are all KMS actions: a key policy rather than a bucket policy. */
  static boolean onlyKmsActions(ObjectNode document) {
    String all = document.findValues("Action").toString() + document.findValues("NotAction");
    return all.contains("kms:") && !all.contains("s3:");
  }
}
