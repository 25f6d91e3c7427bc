package dev.s3403.bot.cli;

import dev.s3403.diagnostics.eval.cases.Simulator;
import java.util.List;

/**
 * {@code simulate --repeat N}: evaluates the prepared cases N more times in this thread and measures them. Each
 * evaluation's time goes into a fixed histogram (0.1 µs buckets up to 1 ms), so a run of millions of evaluations
 * holds no more memory than a run of ten.
 *
 * <p>Before the timed passes, untimed passes warm the JIT up, as JMH's warm-up iterations do: 200 passes over 14
 * cases would otherwise time the bytecode interpreter, not the engine. The summary says how many there were.
 */
final class Repeat {
  private static final int BUCKETS_PER_MICRO = 10;
  private static final int BUCKETS = 1000 * BUCKETS_PER_MICRO;
  /** Enough evaluations for C2 to compile the evaluation path on two cores, bounded in time for huge files. */
  private static final long WARMUP_EVALUATIONS = 300_000;
  private static final long WARMUP_NANOS = 3_000_000_000L;

  private Repeat() {}

  /** The summary line of spec/simulation-case.md. */
  record Summary(int cases, int passes, double casesPerSecond, double p50Micros, double p99Micros, int mismatches,
      int warmupPasses, long sink) {
    String toJson() {
      return ("{\"cases\":%d,\"passes\":%d,\"casesPerSecond\":%d,\"p50Micros\":%.1f,\"p99Micros\":%.1f,"
          + "\"mismatches\":%d,\"warmupPasses\":%d}").formatted(cases, passes, Math.round(casesPerSecond), p50Micros,
          p99Micros, mismatches, warmupPasses);
    }
  }

  static Summary run(List<Simulator.Prepared> cases, int passes, int mismatches) {
    long sink = 0;   // consumed below so the JIT cannot drop an evaluation whose answer nobody reads
    int warmupPasses = 0;
    long warmupStart = System.nanoTime();
    while (!cases.isEmpty() && (long) warmupPasses * cases.size() < WARMUP_EVALUATIONS
        && System.nanoTime() - warmupStart < WARMUP_NANOS) {
      for (Simulator.Prepared p : cases) sink += verdict(Simulator.answer(p));
      warmupPasses++;
    }
    long[] histogram = new long[BUCKETS + 1];
    long slowest = 0;
    long start = System.nanoTime();
    for (int pass = 0; pass < passes; pass++) {
      for (Simulator.Prepared p : cases) {
        long t0 = System.nanoTime();
        Simulator.Answer answer = Simulator.answer(p);
        long took = System.nanoTime() - t0;
        sink += verdict(answer);
        histogram[(int) Math.min(BUCKETS, took * BUCKETS_PER_MICRO / 1000)]++;
        slowest = Math.max(slowest, took);
      }
    }
    long elapsed = Math.max(1, System.nanoTime() - start);
    long total = (long) cases.size() * passes;
    return new Summary(cases.size(), passes, total * 1e9 / elapsed, percentile(histogram, total, 0.50, slowest),
        percentile(histogram, total, 0.99, slowest), mismatches, warmupPasses, sink);
  }

  private static int verdict(Simulator.Answer answer) {
    return answer instanceof Simulator.Answer.Evaluated e ? e.decision().verdict().ordinal() : 7;
  }

  /** The bucket holding the given share of evaluations, as its upper bound in microseconds. */
  private static double percentile(long[] histogram, long total, double share, long slowestNanos) {
    if (total == 0) return 0;
    long wanted = (long) Math.ceil(total * share);
    long seen = 0;
    for (int b = 0; b < histogram.length; b++) {
      seen += histogram[b];
      if (seen >= wanted) return b == BUCKETS ? slowestNanos / 1000.0 : (b + 1) / (double) BUCKETS_PER_MICRO;
    }
    return slowestNanos / 1000.0;
  }
}
