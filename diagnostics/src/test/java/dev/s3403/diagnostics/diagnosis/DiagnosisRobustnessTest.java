package dev.s3403.diagnostics.diagnosis;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Nothing crashes the diagnosis: every scenario's bundle with one to three nodes replaced by values of every JSON
 * type, and its error text cut or scrambled, is diagnosed and rendered, whatever the reader kept of the bundle.
 */
class DiagnosisRobustnessTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final int ROUNDS = Integer.getInteger("robustness.rounds", 12);
  private static final List<Supplier<JsonNode>> REPLACEMENTS = List.of(F::nullNode, () -> F.numberNode(7),
      () -> F.textNode(""), () -> F.textNode("*"), () -> F.textNode("arn:aws:iam::111122223333:role/x"),
      () -> F.booleanNode(false), F::arrayNode, F::objectNode, () -> F.objectNode().put("Effect", "Deny"),
      () -> F.textNode("${aws:username"), () -> F.textNode("a".repeat(5000)));

  @Test
  void should_diagnose_every_mutated_scenario_without_throwing() {
    // GIVEN the scenarios and a seeded stream of mutations
    List<JsonNode> scenarios = new ArrayList<>();
    Scenarios.in("/scenarios/own").forEach(p -> scenarios.add(Scenarios.read(p)));
    Scenarios.in("/scenarios/public").forEach(p -> scenarios.add(Scenarios.read(p)));
    Random random = new Random(403);
    Diagnoser diagnoser = new Diagnoser();
    int diagnosed = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (JsonNode s : scenarios) {
        ObjectNode bundle = s.has("bundle") ? s.get("bundle").deepCopy() : F.objectNode().put("format", "s3-403/evidence@1");
        for (int m = random.nextInt(3); m >= 0; m--) mutate(bundle, random);
        String text = s.get("error").asText();
        if (random.nextBoolean()) text = text.substring(0, random.nextInt(text.length() + 1));
        // WHEN it is read (keeping what is usable), diagnosed and rendered
        var read = EvidenceReader.read(bundle);
        Diagnosis d = diagnoser.diagnose(text, read.bundle());
        ObjectNode json = DiagnosisJson.toJson(d);
        // THEN there is a decision and a well-formed answer
        then(json.get("decision").asText()).isIn("Allowed", "ExplicitlyDenied", "ImplicitlyDenied", "Undetermined");
        diagnosed++;
      }
    }
    then(diagnosed).isEqualTo(ROUNDS * scenarios.size());
  }

  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode parent = containers.get(random.nextInt(containers.size()));
    JsonNode value = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).get();
    if (parent instanceof ObjectNode o && o.size() > 0) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      if (!name.equals("format")) o.set(name, value);
    } else if (parent instanceof ArrayNode a && a.size() > 0) {
      a.set(random.nextInt(a.size()), value);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (!node.isContainerNode()) return;
    out.add(node);
    node.forEach(child -> collect(child, out));
  }
}
