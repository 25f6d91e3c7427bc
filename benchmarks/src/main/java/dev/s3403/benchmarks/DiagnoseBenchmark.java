package dev.s3403.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.diagnosis.Diagnoser;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One in-process diagnosis of a bundle scenario (parse, resolve, evaluate every action, all 75 checks, rank, and
 * write and verify the fixes), the bundle read once beforehand. One operation is one scenario, cycling through the
 * public and own scenarios that have a bundle. Run from the repository root. Target: under 5 ms at the median.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiagnoseBenchmark {
  private static final List<Path> FOLDERS = List.of(Path.of("diagnostics/src/test/resources/scenarios/public"),
      Path.of("diagnostics/src/test/resources/scenarios/own"));

  private final Diagnoser diagnoser = new Diagnoser();
  private final List<String> errors = new ArrayList<>();
  private final List<Bundle> bundles = new ArrayList<>();
  private int next;

  @Setup
  public void read() throws IOException {
    var mapper = new ObjectMapper();
    for (Path folder : FOLDERS) {
      try (var files = Files.list(folder)) {
        for (Path f : files.sorted().toList()) {
          JsonNode s = mapper.readTree(f.toFile());
          if (!s.has("bundle")) continue;
          errors.add(s.get("error").asText());
          bundles.add(EvidenceReader.read(s.get("bundle")).bundle());
        }
      }
    }
    if (bundles.size() < 60) throw new IllegalStateException("run from the repository root: found " + bundles.size() + " bundle scenarios");
  }

  @Benchmark
  public Diagnosis diagnoseOneBundleScenario() {
    int i = next++ % bundles.size();
    return diagnoser.diagnose(errors.get(i), bundles.get(i));
  }
}
