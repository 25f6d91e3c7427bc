package dev.s3403.diagnostics.evidence;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * No bundle makes the reader throw: the public scenario bundles with one to three nodes replaced, thousands of times,
 * by values of every JSON type are each read into a bundle, every problem names a pointer that exists in the input,
 * and whatever the reader accepted without a word is written back unchanged.
 */
class EvidenceRobustnessTest {
  private static final int ROUNDS = Integer.getInteger("robustness.rounds", 200);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<Supplier<JsonNode>> REPLACEMENTS = List.of(
      F::nullNode, () -> F.numberNode(7), () -> F.numberNode(-1), () -> F.numberNode(1.5e300), () -> F.textNode(""),
      () -> F.textNode("111122223333"), () -> F.textNode("arn:aws:iam::111122223333:role/app"),
      () -> F.textNode("2026-11-22T10:00:00Z"), () -> F.textNode("a~b/c\n\u0000"), () -> F.textNode("x".repeat(5000)),
      () -> F.booleanNode(true), F::arrayNode, F::objectNode, () -> F.arrayNode().add(F.objectNode()).add(3),
      () -> F.objectNode().put("Version", "2012-10-17"), () -> F.objectNode().set("a/b~c", F.arrayNode().add("x")));

  @Test
  void should_read_every_mutated_bundle_without_throwing_and_name_a_pointer_for_every_problem() {
    // GIVEN the public scenario bundles and a seeded stream of mutations
    List<JsonNode> originals = Scenarios.withBundles().stream().map(Scenarios.Scenario::bundle).toList();
    Random random = new Random(403);
    int read = 0;
    int withErrors = 0;
    int withWarnings = 0;

    for (int round = 0; round < ROUNDS; round++) {
      for (JsonNode original : originals) {
        JsonNode mutated = original.deepCopy();
        for (int m = random.nextInt(3); m >= 0; m--) mutate(mutated, random);

        // WHEN it is read and written
        var result = EvidenceReader.read(mutated);
        var written = EvidenceWriter.write(result.bundle());
        read++;

        // THEN each problem is one line at a pointer into the input, and a bundle read without a word is unchanged
        for (Note note : concat(result.errors(), result.warnings())) {
          then(note.line()).as(note.line()).doesNotContain("\n").startsWith(note.pointer().isEmpty() ? "(root)" : note.pointer());
          then(pointsIntoInput(mutated, note)).as(note.line()).isTrue();
        }
        if (result.errors().isEmpty() && result.warnings().isEmpty()) then(written).isEqualTo(mutated);
        then(EvidenceReader.read(written).errors()).as("what the writer writes reads without errors").isEmpty();
        if (!result.errors().isEmpty()) withErrors++;
        if (!result.warnings().isEmpty()) withWarnings++;
      }
    }

    // THEN every one was read, and the mutations did reach both errors and warnings
    then(read).isEqualTo(ROUNDS * originals.size());
    then(withErrors).isPositive();
    then(withWarnings).isPositive();
  }

  @Test
  void should_read_any_json_value_as_a_bundle_without_throwing() {
    // GIVEN each replacement value standing as the whole bundle
    for (Supplier<JsonNode> replacement : REPLACEMENTS) {
      JsonNode value = replacement.get();

      // WHEN it is read
      var result = EvidenceReader.read(value);

      // THEN there is a bundle, and at least one error at the root or below it
      then(result.bundle()).isNotNull();
      then(result.errors()).as(value.toString()).isNotEmpty();
    }
  }

  @Test
  void should_report_an_error_without_throwing_when_reading_text_nested_too_deep() {
    // GIVEN a policy nested a hundred thousand arrays deep
    String json = "{\"format\":\"s3-403/evidence@1\",\"request\":{\"sessionPolicy\":" + "[".repeat(100_000);

    // WHEN it is read
    var result = EvidenceReader.read(json);

    // THEN Jackson's depth limit turns it into one error at the root
    then(result.errors()).extracting(Note::pointer).containsExactly("");
  }

  /** The pointer exists in the input, or it names a required member that is absent from an existing object. */
  private static boolean pointsIntoInput(JsonNode input, Note note) {
    if (!note.pointer().isEmpty() && !note.pointer().startsWith("/")) return false;
    if (!input.at(note.pointer()).isMissingNode()) return true;
    String parent = note.pointer().substring(0, note.pointer().lastIndexOf('/'));
    return note.message().startsWith("is missing") && input.at(parent).isObject();
  }

  private static List<Note> concat(List<Note> a, List<Note> b) {
    List<Note> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Replaces one node, chosen uniformly among all nodes below the root, with a replacement of any type. */
  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> parents = new ArrayList<>();
    collectContainers(root, parents);
    JsonNode parent = parents.get(random.nextInt(parents.size()));
    JsonNode replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).get();
    if (parent instanceof ObjectNode o && o.size() > 0) {
      List<String> names = new ArrayList<>();
      o.properties().forEach(e -> names.add(e.getKey()));
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
}
