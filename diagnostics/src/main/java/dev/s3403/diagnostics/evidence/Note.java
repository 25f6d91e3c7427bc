package dev.s3403.diagnostics.evidence;

import java.util.Objects;

/**
 * A remark about one place in a bundle: a reading error or warning, or a merge conflict.
 *
 * @param pointer an RFC 6901 JSON pointer; the empty string is the whole bundle
 * @param message lower-case, no final period, user input in backticks
 */
public record Note(String pointer, String message) {
  public Note {
    Objects.requireNonNull(pointer);
    Objects.requireNonNull(message);
  }

  /** One line: {@code /buckets/acme-reports/policy: must be a policy document (a JSON object) or null, not a string}. */
  public String line() {
    return (pointer.isEmpty() ? "(root)" : pointer) + ": " + message;
  }

  @Override
  public String toString() {
    return line();
  }
}
