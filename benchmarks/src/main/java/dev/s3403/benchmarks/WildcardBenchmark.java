package dev.s3403.benchmarks;

import dev.s3403.diagnostics.policy.Wildcard;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Patterns that make a backtracking matcher explode, against a 10,000-character resource made of the pattern's
 * own letters, so every piece has many candidate places. Target: each under a millisecond. The long-piece pattern
 * is the costliest for this matcher (a naive search of a 31-character piece over 10,000 places).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WildcardBenchmark {
  @Param({"*a*a*a*a*a*a*a*b", "arn:aws:s3:::*a?a*a?a*a?a*a?a*b", "*aaaaaaaaaaaaaaaaaaaaaaaaaaaaab*"})
  public String pattern;

  /** {@code a}: the tail check fails at once; {@code b}: the tail matches, so every middle piece is searched. */
  @Param({"a", "b"})
  public String lastChar;

  private String resource;

  @Setup
  public void build() {
    // All a's, so every middle piece has a candidate at every place; the last character decides the tail.
    resource = "arn:aws:s3:::" + "a".repeat(10_000 - "arn:aws:s3:::".length() - 1) + lastChar;
  }

  @Benchmark
  public boolean caseSensitive() {
    return Wildcard.matches(pattern, resource, false);
  }

  @Benchmark
  public boolean ignoringCase() {
    return Wildcard.matches(pattern, resource, true);
  }
}
