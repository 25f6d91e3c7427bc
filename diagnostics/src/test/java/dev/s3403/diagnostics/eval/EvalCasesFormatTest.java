package dev.s3403.diagnostics.eval;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.eval.cases.SimulationCaseReader;
import dev.s3403.diagnostics.policy.PolicyProblem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table cases written from AWS documentation for the evaluation engine (eval-cases/*.jsonl): each is a
 * well-formed simulation case, and every policy in it (SCP and RCP levels included) reads without a problem, except in the cases that
 * expect an {@code Error}, where the reader must find the problem the case names.
 */
class EvalCasesFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> DECISIONS = Set.of("Allowed", "ExplicitlyDenied", "ImplicitlyDenied", "Error");

  record Case(String id, JsonNode json) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Case> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(EvalCasesFormatTest.class.getResource("/eval-cases").toURI());
    List<Case> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.isBlank()) continue;
          JsonNode c = JSON.readTree(line);
          String id = c.path("id").asText();
          if (!ids.add(id)) throw new IllegalStateException("duplicate case id " + id);
          out.add(new Case(id, c));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_be_a_documented_case_whose_policies_read_as_it_expects(Case c) {
    // GIVEN
    JsonNode json = c.json();
    String decision = json.path("expected").path("decision").asText();
    // WHEN
    // Read as simulate reads it: every policy, SCP and RCP levels included, with its kind.
    List<PolicyProblem> problems = SimulationCaseReader.readOne(json).problems();
    // THEN
    then(json.path("reason").asText()).as("reason").isNotBlank();
    then(json.path("source").asText()).as("source").isNotBlank();
    then(DECISIONS).as("decision").contains(decision);
    then(json.path("request").path("action").asText()).as("request.action").isNotBlank();
    if (decision.equals("Error")) {
      String fragment = json.path("expected").path("messageContains").asText();
      then(problems).as("problems").isNotEmpty();
      then(problems).extracting(PolicyProblem::message).as("a problem naming `%s`", fragment)
          .anyMatch(m -> m.contains(fragment));
    } else {
      then(problems).extracting(PolicyProblem::message).isEmpty();
    }
  }
}
