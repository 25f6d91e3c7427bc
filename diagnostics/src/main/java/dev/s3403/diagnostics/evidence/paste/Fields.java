package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Typed reads of CLI output members; a member of the wrong type reads as absent. */
final class Fields {
  private Fields() {}

  static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    return value != null && value.isTextual() && !value.textValue().isBlank() ? Optional.of(value.textValue().strip())
        : Optional.empty();
  }

  static Optional<Boolean> bool(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    if (value == null) return Optional.empty();
    if (value.isBoolean()) return Optional.of(value.booleanValue());
    return value.isTextual() ? bool(value.textValue()) : Optional.empty();
  }

  /** The constant an enum spells this way ({@code BucketOwnerEnforced}), if any. */
  static <E extends Enum<E>> Optional<E> named(E[] values, Function<E, String> wire, String text) {
    return Arrays.stream(values).filter(v -> wire.apply(v).equals(text)).findFirst();
  }

  /** {@code True}/{@code False} as the text and table forms print booleans, or JSON's {@code true}/{@code false}. */
  static Optional<Boolean> bool(String text) {
    if (text.equalsIgnoreCase("true")) return Optional.of(true);
    if (text.equalsIgnoreCase("false")) return Optional.of(false);
    return Optional.empty();
  }

  /**
   * A time as the CLI prints it ({@code 2025-01-10T00:00:00+00:00} in v2, {@code 2025-01-10T00:00:00.000Z} in v1), in
   * the bundle's form: ISO-8601 UTC.
   */
  static Optional<String> time(JsonNode node, String name) {
    return text(node, name).flatMap(Fields::instant).map(Instant::toString);
  }

  private static Optional<Instant> instant(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(Instant.parse(text));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }
}
