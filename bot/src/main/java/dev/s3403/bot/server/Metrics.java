package dev.s3403.bot.server;

import dev.s3403.prompts.Phrasing;
import dev.s3403.prompts.PhrasingMetrics;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server's counters in Prometheus's text format: requests, acks, diagnoses by top cause, phrasing fallbacks,
 * feedback and errors. Small enough to need no metrics library.
 */
public final class Metrics {
  private static final Map<String, String> HELP = Map.of(
      "s3403_requests_total", "HTTP requests by route and status",
      "s3403_acks_total", "Slack requests acknowledged, by kind",
      "s3403_diagnoses_total", "diagnoses made, by top cause",
      "s3403_feedback_total", "diagnoses marked right or wrong",
      "s3403_errors_total", "failures, by where they happened",
      "s3403_rejected_total", "Slack requests refused, by reason",
      "s3403_phrasing_total", "explanations phrased, by source",
      "s3403_phrasing_fallbacks_total", "model answers not used, by kind");

  /** Series name (with labels) to count; names sort so the output is stable. */
  private final Map<String, LongAdder> series = new ConcurrentHashMap<>();
  private final PhrasingMetrics phrasing;

  public Metrics(PhrasingMetrics phrasing) {
    this.phrasing = phrasing;
  }

  public PhrasingMetrics phrasing() {
    return phrasing;
  }

  /** Counts one event of {@code name} with label pairs {@code key, value, key, value…}. */
  public void inc(String name, String... labels) {
    if (!HELP.containsKey(name)) throw new IllegalArgumentException("unknown metric " + name);
    StringBuilder key = new StringBuilder(name);
    if (labels.length > 0) {
      key.append('{');
      for (int i = 0; i + 1 < labels.length; i += 2) {
        if (i > 0) key.append(',');
        key.append(labels[i]).append("=\"").append(escape(labels[i + 1])).append('"');
      }
      key.append('}');
    }
    series.computeIfAbsent(key.toString(), k -> new LongAdder()).increment();
  }

  public long count(String seriesKey) {
    LongAdder a = series.get(seriesKey);
    return a == null ? 0 : a.sum();
  }

  public String render() {
    Map<String, Long> all = new TreeMap<>();
    series.forEach((k, v) -> all.put(k, v.sum()));
    all.put("s3403_phrasing_total{source=\"model\"}", phrasing.modelAnswers());
    all.put("s3403_phrasing_total{source=\"plain\"}", phrasing.plainOnly() + phrasing.fallbacks());
    for (Phrasing.Kind k : Phrasing.Kind.values()) {
      all.put("s3403_phrasing_fallbacks_total{kind=\"" + k.label() + "\"}", phrasing.fallbacks(k));
    }
    StringBuilder out = new StringBuilder();
    String last = null;
    for (var e : all.entrySet()) {
      String name = e.getKey().contains("{") ? e.getKey().substring(0, e.getKey().indexOf('{')) : e.getKey();
      if (!name.equals(last)) {
        out.append("# HELP ").append(name).append(' ').append(HELP.get(name)).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
        last = name;
      }
      out.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
    }
    return out.toString();
  }

  private static String escape(String v) {
    return v == null ? "" : v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
