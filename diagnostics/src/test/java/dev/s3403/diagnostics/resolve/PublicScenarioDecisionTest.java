package dev.s3403.diagnostics.resolve;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.parse.ErrorParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision over every required action, from the error text and the bundle, for each public scenario that
 * states one (spec/examples/scenarios/README.md: "decision is the policy evaluation of the bundle's request over
 * every IAM action the operation needs, including conditional ones").
 */
class PublicScenarioDecisionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The public scenarios whose bundle decides the request (the others' 403 comes from outside the policies). */
  static Stream<String> scenarios() {
    return IntStream.rangeClosed(1, 20).mapToObj(i -> "p%03d".formatted(i)).filter(id -> {
      try {
        JsonNode s = read(id);
        return s.has("bundle") && s.at("/expected/decision").isTextual();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_decide_as_the_scenario_states_when_it_states_a_decision(String id) throws IOException {
    // GIVEN a public scenario with its error text and bundle
    JsonNode scenario = read(id);
    JsonNode expected = scenario.at("/expected/decision");
    var bundle = EvidenceReader.read(scenario.get("bundle"));
    then(bundle.errors()).isEmpty();
    var parsed = new ErrorParser().parse(scenario.get("error").asText());

    // WHEN the request is resolved and every action it needs is evaluated
    ResolvedRequest request = Resolver.resolve(parsed, bundle.bundle());
    var evaluator = new ActionEvaluator(bundle.bundle());
    List<ActionEvaluator.Outcome> outcomes = new ArrayList<>();
    request.actions().forEach(a -> outcomes.add(evaluator.evaluate(request, a)));
    RequestDecision decision = RequestDecision.of(outcomes, !request.conditional().isEmpty());

    // THEN the decision is the scenario's
    then(decision.wireName()).as("%s: %s, conditional %s, outcomes %s", id, request.actions(), request.conditional(),
        outcomes.stream().map(o -> o.action().action() + "=" + o.decision().verdict() + o.decision().deniedBy() + " unknown " + o.unknown()).toList())
        .isEqualTo(expected.asText());
  }

  private static JsonNode read(String id) throws IOException {
    try (InputStream in = PublicScenarioDecisionTest.class.getResourceAsStream("/scenarios/public/" + id + ".json")) {
      return JSON.readTree(in);
    }
  }
}
