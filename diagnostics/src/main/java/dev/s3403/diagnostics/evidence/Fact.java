package dev.s3403.diagnostics.evidence;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One member of a bundle in the three states the format keeps apart: absent (not inspected), {@code null} (known
 * not to exist) and a value. "No bucket policy" and "could not read the bucket policy" lead to different answers,
 * so no member of a bundle is a bare nullable value.
 */
public sealed interface Fact<T> {

  /** The member was absent: nobody looked, or the looking failed. */
  record Unknown<T>() implements Fact<T> {}

  /** The member was {@code null}: known not to exist (no policy, no organization, no Block Public Access). */
  record Missing<T>() implements Fact<T> {}

  /** The member was given; an empty list or map is a known empty value, not an unknown one. */
  record Known<T>(T value) implements Fact<T> {
    public Known {
      Objects.requireNonNull(value, "a known value is never null; use Fact.missing()");
    }
  }

  static <T> Fact<T> unknown() {
    return new Unknown<>();
  }

  static <T> Fact<T> missing() {
    return new Missing<>();
  }

  static <T> Fact<T> known(T value) {
    return new Known<>(value);
  }

  default boolean isKnown() {
    return this instanceof Known<T>;
  }

  default boolean isUnknown() {
    return this instanceof Unknown<T>;
  }

  default boolean isMissing() {
    return this instanceof Missing<T>;
  }

  /** The value when known; empty both when unknown and when known not to exist (ask which with the type). */
  /** The value when known; null both when unknown and when known not to exist (ask which with the type). */
  default T orNull() {
    return this instanceof Known<T> k ? k.value() : null;
  }

  default Optional<T> asOptional() {
    return switch (this) {
      case Known<T>(T value) -> Optional.of(value);
      case Missing<T> missing -> Optional.empty();
      case Unknown<T> unknown -> Optional.empty();
    };
  }

  /** The same state with the value transformed; unknown and missing stay what they are. */
  default <R> Fact<R> map(Function<? super T, ? extends R> f) {
    return switch (this) {
      case Known<T>(T value) -> known(f.apply(value));
      case Missing<T> missing -> missing();
      case Unknown<T> unknown -> unknown();
    };
  }
}
