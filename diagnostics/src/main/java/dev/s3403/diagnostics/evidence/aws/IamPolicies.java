package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

/**
 * One IAM policy as the bundle holds it ({@code name}, {@code arn}, {@code updatedAt}, {@code document}), each read
 * as one chain of calls. What a chain cannot read is left out of the entry and named in {@code unavailable} at the
 * entry's {@code document}.
 */
final class IamPolicies {
  private IamPolicies() {}

  /** A managed policy: GetPolicy (its default version and last update), then GetPolicyVersion. */
  static ObjectNode managed(IamClient iam, Draft draft, String pointer, String name, String arn) {
    ObjectNode entry = Draft.json().createObjectNode().put("name", name).put("arn", arn);
    // A policy deleted since it was listed is not "known not to exist" as the entry's document: it is unavailable.
    Policy policy = Calls.call(draft, pointer + "/document", "iam:GetPolicy", Set.of(),
        () -> iam.getPolicy(b -> b.policyArn(arn)).policy());
    if (policy == null) return entry;
    if (policy.policyName() != null) entry.put("name", policy.policyName());
    if (policy.updateDate() != null) entry.put("updatedAt", policy.updateDate().toString());
    PolicyVersion version = Calls.call(draft, pointer + "/document", "iam:GetPolicyVersion", Set.of(),
        () -> iam.getPolicyVersion(b -> b.policyArn(arn).versionId(policy.defaultVersionId())).policyVersion());
    if (version != null) document(draft, pointer, entry, version.document());
    return entry;
  }

  /** An inline policy of a role, user or group: Get{Role,User,Group}Policy. Inline policies carry no date. */
  static ObjectNode inline(IamClient iam, Draft draft, String pointer, PolicyOwner owner, String name) {
    ObjectNode entry = Draft.json().createObjectNode().put("name", name);
    String encoded = Calls.call(draft, pointer + "/document", owner.getInlineAction(), Set.of(),
        () -> owner.inlineDocument(iam, name));
    if (encoded != null) document(draft, pointer, entry, encoded);
    return entry;
  }

  private static void document(Draft draft, String pointer, ObjectNode entry, String encoded) {
    JsonNode document = decode(encoded);
    if (document == null) draft.unavailable(pointer + "/document", "the policy document IAM returned is not a JSON object");
    else entry.set("document", document);
  }

  /**
   * A policy document as IAM returns it: URL-encoded (RFC 3986, which the SDK does not undo), then JSON.
   *
   * @return the document as a JSON object, or null when it is not one
   */
  static JsonNode decode(String encoded) {
    if (encoded == null) return null;
    try {
      JsonNode node = Draft.json().readTree(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return null;
    }
  }
}
