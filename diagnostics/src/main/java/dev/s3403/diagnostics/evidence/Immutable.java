package dev.s3403.diagnostics.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies for the collections inside facts: unmodifiable, null-free, and in the order given (bundles are read by people). */
final class Immutable {
  private Immutable() {}

  static <T> Fact<List<T>> list(Fact<List<T>> fact) {
    return fact.map(List::copyOf);
  }

  static <K, V> Fact<Map<K, V>> map(Fact<Map<K, V>> fact) {
    return fact.map(Immutable::copy);
  }

  static <K, V> Map<K, V> copy(Map<K, V> map) {
    // Map.copyOf would lose the order; a LinkedHashMap behind an unmodifiable view keeps it.
    Map<K, V> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(java.util.Objects.requireNonNull(k), java.util.Objects.requireNonNull(v)));
    return Collections.unmodifiableMap(copy);
  }
}
