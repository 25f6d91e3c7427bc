package dev.s3403.benchmarks;

import dev.s3403.diagnostics.parse.ErrorParser;
import dev.s3403.diagnostics.parse.ParsedError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Typical pastes: the parser fixtures of 0.5–3 KB (copied into this module's resources), parsed one after
 * another on one thread. Target: 20,000 pastes a second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ParseBenchmark {
  private final ErrorParser parser = new ErrorParser();
  private List<String> pastes;
  private int next;

  @Setup
  public void load() throws IOException {
    pastes = typicalPastes();
  }

  @Benchmark
  public ParsedError parseTypicalPaste() {
    String paste = pastes.get(next);
    next = (next + 1) % pastes.size();
    return parser.parse(paste);
  }

  static List<String> typicalPastes() throws IOException {
    List<String> out = new ArrayList<>();
    for (String name : resource("index.txt").split("\n")) {
      if (!name.isBlank()) out.add(resource(name.strip()));
    }
    return out;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ParseBenchmark.class.getResourceAsStream("/pastes/" + name)) {
      if (in == null) throw new IOException("missing benchmark paste " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
