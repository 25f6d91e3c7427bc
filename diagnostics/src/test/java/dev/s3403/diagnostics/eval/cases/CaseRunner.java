package dev.s3403.diagnostics.eval.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON-lines case files from the test classpath, evaluates each case and says which disagree with expected. */
final class CaseRunner {
  private CaseRunner() {}

  /** The cases evaluated, and the ids (with what we answered) of those that disagreed. */
  record Run(int count, List<String> disagreeing) {}

  static Run run(String... resources) {
    var mapper = new ObjectMapper();
    List<String> disagreeing = new ArrayList<>();
    int count = 0;
    for (String resource : resources) {
      for (String line : lines(resource)) {
        if (line.isBlank()) continue;
        SimulationCase c;
        try {
          c = SimulationCaseReader.readOne(mapper.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(resource + ": a line is not JSON", e);
        }
        count++;
        var answer = Simulator.answer(Simulator.prepare(c));
        if (!Boolean.TRUE.equals(Simulator.matches(c, answer))) disagreeing.add(c.id() + " got " + answer(answer));
      }
    }
    return new Run(count, disagreeing);
  }

  /** {@code Error}, or the verdict and the types that denied, e.g. {@code ImplicitlyDenied [resource]}. */
  private static String answer(Simulator.Answer answer) {
    return Simulator.decisionName(answer) + " " + Simulator.deniedBy(answer);
  }

  private static List<String> lines(String resource) {
    try (var in = CaseRunner.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("test resource " + resource + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
