package dev.s3403.diagnostics.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The condition keys of one request and their values, e.g. {@code aws:SourceIp → [203.0.113.7]}.
 *
 * @param values keyed by lower-cased key: condition keys are case-insensitive, values are not
 */
public record RequestContext(Map<String, List<String>> values) {

  public RequestContext {
    var normalised = new LinkedHashMap<String, List<String>>();
    values.forEach((key, list) -> normalised.put(key.toLowerCase(Locale.ROOT), List.copyOf(list)));
    values = Map.copyOf(normalised);
  }

  /** A context from {@code key → String} or {@code key → List<String>} entries. */
  public static RequestContext of(Map<String, ?> entries) {
    var values = new LinkedHashMap<String, List<String>>();
    entries.forEach((key, value) -> values.put(key, switch (value) {
      case String single -> List.of(single);
      case List<?> many -> many.stream().map(String::valueOf).toList();
      default -> throw new IllegalArgumentException("value of `%s` must be a string or a list of strings".formatted(key));
    }));
    return new RequestContext(values);
  }

  /** An empty context: every key is absent. */
  public static RequestContext empty() {
    return new RequestContext(Map.of());
  }

  /** The values of {@code key} (any case), or null when the request does not carry it. */
  public List<String> get(String key) {
    return values.get(key.toLowerCase(Locale.ROOT));
  }
}
