package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Policy documents and CloudTrail records, which AWS hands over as JSON inside a string. */
final class JsonText {
  private JsonText() {}

  /** The text as a JSON object, or null when it is not one: the caller says what could not be read. */
  static ObjectNode object(String text) {
    if (text == null) return null;
    try {
      JsonNode node = Draft.json().readTree(text);
      return node instanceof ObjectNode object ? object : null;
    } catch (JacksonException e) {
      return null;
    }
  }
}
