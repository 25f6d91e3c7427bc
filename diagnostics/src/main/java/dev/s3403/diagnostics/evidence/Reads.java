package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The value readers every part of a bundle is built from: scalars of the format, objects, lists and maps. */
final class Reads {
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

  private Reads() {}

  static Fact<String> text(JsonNode node, At at) {
    return node.isTextual() ? Fact.known(node.textValue()) : at.wrongType("a string", node);
  }

  static Fact<String> accountId(JsonNode node, At at) {
    if (!node.isTextual()) return at.wrongType("a 12-digit account id (a string)", node);
    return isAccountId(node.textValue()) ? Fact.known(node.textValue())
        : at.invalid("a 12-digit account id", node.textValue());
  }

  static Fact<String> arn(JsonNode node, At at) {
    if (!node.isTextual()) return at.wrongType("a full ARN (a string)", node);
    return isArn(node.textValue()) ? Fact.known(node.textValue()) : at.invalid("a full ARN", node.textValue());
  }

  static Fact<Instant> time(JsonNode node, At at) {
    String expected = "an ISO-8601 UTC time such as `2026-11-22T10:00:00Z`";
    if (!node.isTextual()) return at.wrongType(expected, node);
    try {
      return Fact.known(Instant.parse(node.textValue()));
    } catch (DateTimeParseException e) {
      return at.invalid(expected, node.textValue());
    }
  }

  static Fact<Boolean> bool(JsonNode node, At at) {
    return node.isBoolean() ? Fact.known(node.booleanValue()) : at.wrongType("a boolean", node);
  }

  static Fact<Long> seconds(JsonNode node, At at) {
    if (!node.isNumber()) return at.wrongType("a whole number of seconds", node);
    if (!node.canConvertToExactIntegral() || !node.canConvertToLong() || node.longValue() < 0) {
      return at.invalid("a whole number of seconds", node.asText());
    }
    return Fact.known(node.longValue());
  }

  static Fact<Integer> count(JsonNode node, At at) {
    if (!node.isNumber()) return at.wrongType("a whole number", node);
    if (!node.canConvertToExactIntegral() || !node.canConvertToInt() || node.intValue() < 0) {
      return at.invalid("a whole number", node.asText());
    }
    return Fact.known(node.intValue());
  }

  static Fact<PolicyDocument> policy(JsonNode node, At at) {
    return node.isObject() ? Fact.known(PolicyDocument.of(node)) : at.wrongType("a policy document (a JSON object)", node);
  }

  /** An object the format passes through without looking inside. */
  static Fact<JsonValue> anyObject(JsonNode node, At at) {
    return node.isObject() ? Fact.known(new JsonValue(node)) : at.wrongType("an object", node);
  }

  /** Any JSON value at all, passed through. */
  static Fact<JsonValue> anyJson(JsonNode node, At at) {
    return Fact.known(new JsonValue(node));
  }

  static <E extends Enum<E> & WireName> Read<E> oneOf(Class<E> type) {
    Map<String, E> byWire = Arrays.stream(type.getEnumConstants())
        .collect(Collectors.toMap(WireName::wire, e -> e, (a, b) -> a, LinkedHashMap::new));
    String expected = "one of " + byWire.keySet().stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "));
    return (node, at) -> {
      if (!node.isTextual()) return at.wrongType(expected, node);
      E value = byWire.get(node.textValue());
      return value != null ? Fact.known(value) : at.invalid(expected, node.textValue());
    };
  }

  /** An object of the format: its members are read by {@code body}, and members it never asks for are warned about. */
  static <T> Fact<T> object(JsonNode node, At at, Function<Members, T> body) {
    if (!node.isObject()) return at.wrongType("an object", node);
    Members members = new Members(node, at);
    T value = body.apply(members);
    members.warnAboutTheRest();
    return Fact.known(value);
  }

  /**
   * A list states all there is ({@code []} is "none"), so a list with an unusable item is unknown as a whole:
   * dropping the item would claim a shorter list than the truth.
   */
  static <T> Read<List<T>> list(Read<T> item) {
    return (node, at) -> {
      if (!node.isArray()) return at.wrongType("an array", node);
      List<T> out = new ArrayList<>();
      boolean complete = true;
      for (int i = 0; i < node.size(); i++) {
        switch (item.read(node.get(i), at.item(i))) {
          case Fact.Known<T>(T value) -> out.add(value);
          case Fact.Missing<T> missing -> complete = false;
          case Fact.Unknown<T> unknown -> complete = false;
        }
      }
      return complete ? Fact.known(out) : Fact.unknown();
    };
  }

  /**
   * A map of things (buckets, principals, objects): each entry stands alone, so an unusable entry is left out, which
   * makes just that entry unknown. A {@code null} entry (known not to exist) is left out with a warning, not an error.
   */
  static <V> Read<Map<String, V>> entities(Read<V> value) {
    return entities("", key -> true, value);
  }

  /**
   * A map of things whose keys must be of one kind (account ids, ARNs).
   *
   * @param keyExpected what a key must be, for the message
   */
  static <V> Read<Map<String, V>> entities(String keyExpected, Predicate<String> validKey, Read<V> value) {
    return (node, at) -> {
      if (!node.isObject()) return at.wrongType("an object", node);
      Map<String, V> out = new LinkedHashMap<>();
      for (var entry : node.properties()) {
        At entryAt = at.entry(entry.getKey());
        if (!validKey.test(entry.getKey())) {
          entryAt.error("key must be %s, not `%s`".formatted(keyExpected, At.shorten(entry.getKey())));
          continue;
        }
        // null: known not to exist (IAM's NoSuchEntity for a principal). The map holds only what exists, so the
        // entry is dropped, with a warning: a bundle read without a word must write back unchanged.
        if (entry.getValue().isNull()) {
          entryAt.warning("known not to exist (null), which this reader does not keep");
          continue;
        }
        value.read(entry.getValue(), entryAt).asOptional().ifPresent(v -> out.put(entry.getKey(), v));
      }
      return Fact.known(out);
    };
  }

  /**
   * A map that states a complete set (headers, tags, context keys): like a list, it is unknown as a whole when an
   * entry is unusable, since leaving the entry out would claim, say, a request without that header.
   */
  static <V> Read<Map<String, V>> dictionary(Read<V> value) {
    return (node, at) -> {
      if (!node.isObject()) return at.wrongType("an object", node);
      Map<String, V> out = new LinkedHashMap<>();
      boolean complete = true;
      for (var entry : node.properties()) {
        switch (value.read(entry.getValue(), at.entry(entry.getKey()))) {
          case Fact.Known<V>(V v) -> out.put(entry.getKey(), v);
          case Fact.Missing<V> missing -> complete = false;
          case Fact.Unknown<V> unknown -> complete = false;
        }
      }
      return complete ? Fact.known(out) : Fact.unknown();
    };
  }

  static Fact<Map<String, String>> strings(JsonNode node, At at) {
    return dictionary(Reads::text).read(node, at);
  }

  static Fact<List<String>> texts(JsonNode node, At at) {
    return list(Reads::text).read(node, at);
  }

  static boolean isAccountId(String text) {
    return ACCOUNT_ID.matcher(text).matches();
  }

  /** {@code arn:partition:service:region:account:resource}; region and account may be empty, the rest may not. */
  static boolean isArn(String text) {
    String[] parts = text.split(":", 6);
    return parts.length == 6 && parts[0].equals("arn") && !parts[1].isEmpty() && !parts[2].isEmpty()
        && !parts[5].isEmpty();
  }
}
