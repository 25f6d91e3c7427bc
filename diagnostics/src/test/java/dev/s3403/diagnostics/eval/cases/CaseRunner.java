package dev.s3403.diagnostics.eval.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.eval.AccessEvaluator;
import dev.s3403.diagnostics.eval.ContextDerivation;
import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.eval.PolicyType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads JSON-lines case files from the test classpath, evaluates each case and says which disagree with expected. */
final class CaseRunner {
  private CaseRunner() {}

  /** The cases evaluated, and the ids (with what we answered) of those that disagreed. */
  record Run(int count, List<String> disagreeing) {
    List<String> disagreeingIds() {
      return disagreeing.stream().map(d -> d.substring(0, d.indexOf(' '))).toList();
    }
  }

  static Run run(String... resources) {
    var mapper = new ObjectMapper();
    List<String> disagreeing = new ArrayList<>();
    int count = 0;
    for (String resource : resources) {
      for (String line : lines(resource)) {
        if (line.isBlank()) continue;
        SimulationCase c;
        try {
          c = SimulationCaseReader.read(mapper.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(resource + ": a line is not JSON", e);
        }
        count++;
        String answer = answer(c);
        if (!agrees(c, answer)) disagreeing.add(c.id() + " got " + answer);
      }
    }
    return new Run(count, disagreeing);
  }

  /** {@code Error}, or the verdict and the types that denied, e.g. {@code ImplicitlyDenied [resource]}. */
  private static String answer(SimulationCase c) {
    if (!c.problems().isEmpty()) return "Error";
    var context = c.deriveContext()
        ? ContextDerivation.derive(c.caller(), c.resourceAccount(), c.context()).context() : c.context();
    Decision d = AccessEvaluator.evaluate(c.caller(), c.action(), c.resource(), c.resourceAccount(), context,
        c.policies());
    String verdict = switch (d.verdict()) {
      case ALLOWED -> "Allowed";
      case EXPLICITLY_DENIED -> "ExplicitlyDenied";
      case IMPLICITLY_DENIED -> "ImplicitlyDenied";
      case UNKNOWN -> "Unknown";
    };
    Set<String> deniedBy = new TreeSet<>();
    for (PolicyType t : d.deniedBy()) deniedBy.add(t.wireName());
    return verdict + " " + deniedBy;
  }

  private static boolean agrees(SimulationCase c, String answer) {
    if (answer.equals("Error")) return "Error".equals(c.expectedDecision());
    String verdict = answer.substring(0, answer.indexOf(' '));
    boolean decisionOk = c.expectedDecision().equals(verdict)
        || c.expectedDecision().equals("Denied") && verdict.endsWith("Denied");
    if (!decisionOk || c.expectedDeniedBy() == null) return decisionOk;
    return answer.substring(answer.indexOf(' ') + 1).equals(new TreeSet<>(c.expectedDeniedBy()).toString());
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
