package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The writer's building blocks: a fact becomes no member, {@code null}, or its value. */
final class Json {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  /** One object member: unknown is left out, missing is {@code null}, known is written. */
  static <T> void put(ObjectNode object, String name, Fact<T> fact, Function<T, JsonNode> write) {
    switch (fact) {
      case Fact.Known<T>(T value) -> object.set(name, write.apply(value));
      case Fact.Missing<T> missing -> object.putNull(name);
      case Fact.Unknown<T> unknown -> { }
    }
  }

  static JsonNode text(String value) {
    return NODES.textNode(value);
  }

  static JsonNode time(Instant value) {
    return NODES.textNode(value.toString());
  }

  static JsonNode bool(boolean value) {
    return NODES.booleanNode(value);
  }

  /** Small numbers as int nodes, as a parser makes them, so a read-then-written tree equals its input. */
  static JsonNode number(long value) {
    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }

  static JsonNode wire(WireName value) {
    return NODES.textNode(value.wire());
  }

  static JsonNode policy(PolicyDocument document) {
    return document.json();
  }

  static JsonNode json(JsonValue value) {
    return value.json();
  }

  static JsonNode texts(List<String> values) {
    return list(values, Json::text);
  }

  static JsonNode strings(Map<String, String> values) {
    return map(values, Json::text);
  }

  static <T> JsonNode list(List<T> values, Function<T, JsonNode> write) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(write.apply(v)));
    return array;
  }

  static <T> JsonNode map(Map<String, T> values, Function<T, JsonNode> write) {
    ObjectNode object = NODES.objectNode();
    values.forEach((k, v) -> object.set(k, write.apply(v)));
    return object;
  }
}
