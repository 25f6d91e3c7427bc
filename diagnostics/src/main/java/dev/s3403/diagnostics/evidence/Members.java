package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * The members of one JSON object being read. Each member is asked for by name; the ones never asked for are unknown
 * to this version of the format and are reported as warnings, so newer collectors stay readable.
 */
final class Members {
  private final JsonNode object;
  private final At at;
  private final Set<String> asked = new HashSet<>();

  Members(JsonNode object, At at) {
    this.object = object;
    this.at = at;
  }

  /** Absent is unknown, {@code null} is missing, anything else is read. */
  <T> Fact<T> get(String name, Read<T> read) {
    asked.add(name);
    JsonNode value = object.get(name);
    if (value == null) return Fact.unknown();
    if (value.isNull()) return Fact.missing();
    return read.read(value, at.member(name));
  }

  /** A member that is not a fact but a constant the object must carry ({@code format}). */
  JsonNode raw(String name) {
    asked.add(name);
    return object.get(name);
  }

  At at() {
    return at;
  }

  void warnAboutTheRest() {
    for (var member : object.properties()) {
      if (!asked.contains(member.getKey())) at.member(member.getKey()).warning("unknown member, ignored");
    }
  }
}
