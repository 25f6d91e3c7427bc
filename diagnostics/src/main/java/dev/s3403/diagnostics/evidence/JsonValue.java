package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A JSON value the format passes through as given (a request parameter, a website configuration). Jackson nodes are
 * mutable, so the value is copied in and out: a bundle never changes after it is made.
 */
public record JsonValue(JsonNode json) {
  public JsonValue {
    json = Objects.requireNonNull(json).deepCopy();
  }

  /** A copy; change it freely. */
  @Override
  public JsonNode json() {
    return json.deepCopy();
  }
}
