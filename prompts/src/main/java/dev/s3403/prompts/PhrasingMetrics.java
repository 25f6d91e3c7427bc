package dev.s3403.prompts;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counts of model answers used and of fallbacks by kind, for {@code /metrics} and the tests. */
public final class PhrasingMetrics {
  private final LongAdder modelAnswers = new LongAdder();
  private final LongAdder plainOnly = new LongAdder();
  private final Map<Phrasing.Kind, LongAdder> fallbacks = new EnumMap<>(Phrasing.Kind.class);

  public PhrasingMetrics() {
    for (Phrasing.Kind k : Phrasing.Kind.values()) fallbacks.put(k, new LongAdder());
  }

  void record(Phrasing p) {
    if (p.source() == Phrasing.Source.MODEL) modelAnswers.increment();
    else if (p.fallback() == null) plainOnly.increment();
    else fallbacks.get(p.fallback().kind()).increment();
  }

  public long modelAnswers() {
    return modelAnswers.sum();
  }

  /** Phrasings made without asking a model (none configured, or {@code --no-llm}). */
  public long plainOnly() {
    return plainOnly.sum();
  }

  public long fallbacks(Phrasing.Kind kind) {
    return fallbacks.get(kind).sum();
  }

  public long fallbacks() {
    return fallbacks.values().stream().mapToLong(LongAdder::sum).sum();
  }
}
