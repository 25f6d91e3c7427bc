package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Where the reader is in a bundle, and where its problems go.
 *
 * @param nullable whether {@code null} may stand here (members may; list items and map values may not), so that a
 *     message can say "or null" exactly when it is true
 */
record At(String pointer, boolean nullable, List<Note> errors, List<Note> warnings) {

  At member(String name) {
    return new At(Pointer.child(pointer, name), true, errors, warnings);
  }

  /** A member that must not be null. */
  At requiredMember(String name) {
    return new At(Pointer.child(pointer, name), false, errors, warnings);
  }

  At entry(String key) {
    return new At(Pointer.child(pointer, key), false, errors, warnings);
  }

  At item(int index) {
    return new At(Pointer.child(pointer, index), false, errors, warnings);
  }

  void error(String message) {
    errors.add(new Note(pointer, message));
  }

  void warning(String message) {
    warnings.add(new Note(pointer, message));
  }

  /** A value of the wrong JSON type: {@code must be a string or null, not an array}. */
  <T> Fact<T> wrongType(String expected, JsonNode actual) {
    error("must be %s%s, not %s".formatted(expected, nullable ? " or null" : "", typeOf(actual)));
    return Fact.unknown();
  }

  /** A value of the right type that cannot be used: {@code must be a 12-digit account id, not `1234`}. */
  <T> Fact<T> invalid(String expected, String actual) {
    error("must be %s, not `%s`".formatted(expected, shorten(actual)));
    return Fact.unknown();
  }

  static String typeOf(JsonNode node) {
    if (node == null || node.isMissingNode()) return "nothing";
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case NULL -> "null";
      case BINARY -> "binary data";
      case MISSING -> "nothing";
    };
  }

  /** Messages are one line of reasonable length, whatever the input holds. */
  static String shorten(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "…";
  }
}
