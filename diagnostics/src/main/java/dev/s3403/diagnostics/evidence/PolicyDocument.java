package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * An IAM policy document as a JSON object, never a string (the format forbids URL-encoded or stringified policies).
 * It is copied in and out, so the bundle holding it stays immutable; {@code PolicyJsonReader} turns it into records.
 */
public record PolicyDocument(ObjectNode json) {
  public PolicyDocument {
    json = Objects.requireNonNull(json).deepCopy();
  }

  /** The document of a JSON node; the reader checks that it is an object before it gets here. */
  public static PolicyDocument of(JsonNode json) {
    if (!(json instanceof ObjectNode object)) throw new IllegalArgumentException("a policy document is a JSON object");
    return new PolicyDocument(object);
  }

  /** A copy; change it freely. */
  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }
}
