package dev.s3403.benchmarks;

import dev.s3403.diagnostics.parse.ErrorParser;
import dev.s3403.diagnostics.parse.ParsedError;
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

/** Inputs built to make a parser backtrack or recurse. Target: each under 50 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PathologicalInputBenchmark {
  @Param({"repeated-arn", "unbalanced-quotes", "nested-brackets", "repeated-denials", "oversize-2mib"})
  public String input;

  private final ErrorParser parser = new ErrorParser();
  private String text;

  @Setup
  public void build() {
    text = PathologicalInputs.of(input);
  }

  @Benchmark
  public ParsedError parse() {
    return parser.parse(text);
  }
}
