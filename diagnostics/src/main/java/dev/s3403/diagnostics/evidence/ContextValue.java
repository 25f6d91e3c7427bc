package dev.s3403.diagnostics.evidence;

import java.util.List;

/**
 * The value of a request condition key. A single-valued key and a multivalued one holding one value are different
 * things to IAM ({@code ForAnyValue} and friends), so the format's string and array stay apart.
 */
public sealed interface ContextValue {

  /** A single-valued key ({@code aws:SourceIp}). */
  record One(String value) implements ContextValue {
    public One {
      java.util.Objects.requireNonNull(value);
    }
  }

  /** A multivalued key ({@code aws:TagKeys}, {@code aws:CalledVia}). */
  record Many(List<String> values) implements ContextValue {
    public Many {
      values = List.copyOf(values);
    }
  }
}
