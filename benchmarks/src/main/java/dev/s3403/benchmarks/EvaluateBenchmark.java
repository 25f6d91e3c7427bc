package dev.s3403.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.eval.AccessEvaluator;
import dev.s3403.diagnostics.eval.ContextDerivation;
import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.eval.cases.SimulationCase;
import dev.s3403.diagnostics.eval.cases.SimulationCaseReader;
import dev.s3403.diagnostics.eval.cases.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluates the 14 spec example cases, read once by one reader (parsing is not timed, as for {@code simulate
 * --repeat}); one operation is one case. {@code answerPrepared} is exactly what {@code simulate --repeat} times
 * (context derived once per case); {@code deriveAndEvaluate} derives the context on every evaluation too, as a
 * diagnosis's what-ifs do. Run from the repository root. Target: 200,000 cases/s on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {
  private static final Path CASES = Path.of("diagnostics/src/test/resources/spec-examples/simulate/all-cases.jsonl");
  private static final int COUNT = 14;

  private List<SimulationCase> cases;
  private List<Simulator.Prepared> prepared;

  @Setup
  public void read() throws IOException {
    var mapper = new ObjectMapper();
    var reader = new SimulationCaseReader();
    cases = new ArrayList<>();
    for (String line : Files.readAllLines(CASES)) {
      if (!line.isBlank()) cases.add(reader.read(mapper.readTree(line)));
    }
    prepared = cases.stream().map(Simulator::prepare).toList();
    if (cases.size() != COUNT) throw new IllegalStateException(CASES + " holds " + cases.size() + " cases, not " + COUNT);
  }

  @Benchmark
  @OperationsPerInvocation(COUNT)
  public int answerPrepared() {
    int allowed = 0;
    for (Simulator.Prepared p : prepared) {
      if (Simulator.answer(p) instanceof Simulator.Answer.Evaluated e && e.decision().verdict() == Decision.Verdict.ALLOWED) {
        allowed++;
      }
    }
    return allowed;
  }

  @Benchmark
  @OperationsPerInvocation(COUNT)
  public int deriveAndEvaluate() {
    int allowed = 0;
    for (SimulationCase c : cases) {
      var context = ContextDerivation.derive(c.caller(), c.resourceAccount(), c.context()).context();
      Decision d = AccessEvaluator.evaluate(c.caller(), c.action(), c.resource(), c.resourceAccount(), context,
          c.policies());
      if (d.verdict() == Decision.Verdict.ALLOWED) allowed++;
    }
    return allowed;
  }
}
