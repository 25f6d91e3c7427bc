package dev.s3403.diagnostics.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three ways two sources' facts combine, and the notes they leave. What one source does not know the other fills
 * in; when both know and disagree, the newer source ({@code more}) wins and a note names the place.
 */
final class Merger {
  private final List<Note> notes = new ArrayList<>();

  /** Merges two known values found at the same place. */
  @FunctionalInterface
  interface Inner<T> {
    T merge(String pointer, T base, T more);
  }

  List<Note> notes() {
    return List.copyOf(notes);
  }

  /** A value taken whole: a scalar, a policy document, a list or a map that states a complete set (tags, headers). */
  <T> Fact<T> value(String pointer, Fact<T> base, Fact<T> more) {
    if (more.isUnknown()) return base;
    if (base.isUnknown() || base.equals(more)) return more;
    notes.add(new Note(pointer, disagreement(base, more)));
    return more;
  }

  /** An object of the format: when both sources know it, it is merged member by member. */
  <T> Fact<T> record(String pointer, Fact<T> base, Fact<T> more, Inner<T> inner) {
    if (base instanceof Fact.Known<T>(T a) && more instanceof Fact.Known<T>(T b)) {
      return Fact.known(inner.merge(pointer, a, b));
    }
    return value(pointer, base, more);
  }

  /** A map of things (buckets, principals, objects): two keys stay two entries; the same key merges its entries. */
  <V> Fact<Map<String, V>> entities(String pointer, Fact<Map<String, V>> base, Fact<Map<String, V>> more,
      Inner<V> inner) {
    return record(pointer, base, more, (p, a, b) -> {
      Map<String, V> out = new LinkedHashMap<>(a);
      b.forEach((key, entry) -> out.merge(key, entry, (old, newer) -> inner.merge(Pointer.child(p, key), old, newer)));
      return out;
    });
  }

  private static String disagreement(Fact<?> base, Fact<?> more) {
    if (!scalar(base) && !scalar(more)) return "sources disagree; the newer one is kept";
    return "sources disagree: %s before, %s now; the newer is kept".formatted(describe(base), describe(more));
  }

  private static boolean scalar(Fact<?> fact) {
    return switch (fact) {
      case Fact.Known<?>(Object v) -> v instanceof String || v instanceof Boolean || v instanceof Number
          || v instanceof Instant || v instanceof WireName || v instanceof ContextValue.One;
      case Fact.Missing<?> missing -> true;
      case Fact.Unknown<?> unknown -> true;
    };
  }

  private static String describe(Fact<?> fact) {
    return switch (fact) {
      case Fact.Known<?>(WireName v) -> "`" + v.wire() + "`";
      case Fact.Known<?>(ContextValue.One(String v)) -> "`" + At.shorten(v) + "`";
      case Fact.Known<?>(String v) -> "`" + At.shorten(v) + "`";
      case Fact.Known<?>(PolicyDocument d) -> "a policy document";
      case Fact.Known<?>(List<?> l) -> "a list of %d".formatted(l.size());
      case Fact.Known<?>(Map<?, ?> m) -> "an object of %d".formatted(m.size());
      case Fact.Known<?>(Object v) when scalar(fact) -> "`" + v + "`";
      case Fact.Known<?>(Object v) -> "an object";
      case Fact.Missing<?> missing -> "`null`";
      case Fact.Unknown<?> unknown -> "nothing";
    };
  }
}
