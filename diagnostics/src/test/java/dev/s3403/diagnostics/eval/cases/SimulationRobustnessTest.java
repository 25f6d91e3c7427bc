package dev.s3403.diagnostics.eval.cases;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * No case makes the simulator crash: the spec examples with one to three nodes replaced, thousands of times, by values of
 * every JSON type (and by strings that stress wildcards and variables) are each answered with a decision or an
 * Error, and the result renders, trace included.
 */
class SimulationRobustnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROUNDS = Integer.getInteger("robustness.rounds", 300);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Set<String> DECISIONS = Set.of("Allowed", "ExplicitlyDenied", "ImplicitlyDenied", "Error");
  private static final List<Supplier<JsonNode>> REPLACEMENTS = List.of(
      F::nullNode, () -> F.numberNode(7), () -> F.numberNode(1.5e300), () -> F.textNode(""), () -> F.textNode("*"),
      () -> F.textNode("${aws:username"), () -> F.textNode("*a*a*a*a*a*a*a*b".repeat(3)), () -> F.textNode("a".repeat(10_000)),
      () -> F.booleanNode(true), F::arrayNode, F::objectNode, () -> F.arrayNode().add(F.objectNode()).add(3),
      () -> F.objectNode().put("AWS", "*"), () -> F.textNode("arn:aws:s3:::"), () -> F.textNode("\u0000\uFFFF"));

  @Test
  void should_answer_every_mutated_case_with_a_decision_or_an_error_without_throwing() throws IOException {
    // GIVEN the spec examples and a seeded stream of mutations
    List<JsonNode> originals = new ArrayList<>();
    for (String line : lines("/spec-examples/simulate/all-cases.jsonl")) originals.add(JSON.readTree(line));
    Random random = new Random(403);
    int answered = 0;
    List<String> decisions = new ArrayList<>();

    for (int round = 0; round < ROUNDS; round++) {
      for (JsonNode original : originals) {
        JsonNode mutated = original.deepCopy();
        for (int m = random.nextInt(3); m >= 0; m--) mutate(mutated, random);
        // WHEN it is read, prepared, answered and rendered with its trace
        SimulationCase c = new SimulationCaseReader().read(mutated);
        Simulator.Prepared p = Simulator.prepare(c);
        ObjectNode result = SimulationResultJson.toJson(p, Simulator.answer(p), true);
        decisions.add(result.path("decision").asText());
        answered++;
      }
    }

    // THEN every one was answered with a known decision, and the mutations did reach the error path
    then(answered).isEqualTo(ROUNDS * originals.size());
    then(decisions).allMatch(DECISIONS::contains);
    then(decisions).contains("Error", "Allowed", "ImplicitlyDenied", "ExplicitlyDenied");
  }

  /** Replaces one node, chosen uniformly among all nodes below the root, with a replacement of any type. */
  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> parents = new ArrayList<>();
    collectContainers(root, parents);
    JsonNode parent = parents.get(random.nextInt(parents.size()));
    JsonNode replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).get();
    if (parent instanceof ObjectNode o && o.size() > 0) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      o.set(names.get(random.nextInt(names.size())), replacement);
    } else if (parent instanceof ArrayNode a && a.size() > 0) {
      a.set(random.nextInt(a.size()), replacement);
    }
  }

  private static void collectContainers(JsonNode node, List<JsonNode> out) {
    if (!node.isContainerNode()) return;
    out.add(node);
    node.forEach(child -> collectContainers(child, out));
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = SimulationRobustnessTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }
}
