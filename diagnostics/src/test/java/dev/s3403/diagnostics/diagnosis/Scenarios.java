package dev.s3403.diagnostics.diagnosis;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Diagnosis scenarios of spec/examples/scenarios/README.md: reading them and checking a diagnosis against them. */
final class Scenarios {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Scenarios whose expected one-policy fix the engine does not write yet, each for the reason given. Listed
   * exactly: OwnScenariosTest fails when one of them starts to get a verified fix, so the list only shrinks.
   */
  static final Map<String, String> FIX_NOT_YET = Map.of();

  private Scenarios() {}

  /** The scenario files of a test-resource folder, sorted by name. */
  static Stream<Path> in(String folder) {
    try {
      Path dir = Path.of(Scenarios.class.getResource(folder).toURI());
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(folder, e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Diagnoses the scenario and checks every expectation it states. */
  static void check(String id, JsonNode s) {
    Bundle bundle = Bundle.empty();
    if (s.has("bundle")) {
      var read = EvidenceReader.read(s.get("bundle"));
      then(read.errors()).as(id + " bundle").isEmpty();
      bundle = read.bundle();
    }
    JsonNode expected = s.get("expected");
    Diagnosis d = new Diagnoser().diagnose(s.get("error").asText(), bundle);
    List<String> ids = d.causes().stream().map(c -> c.info().id()).toList();
    String story = id + ": " + d.causes().stream().limit(5).map(c -> c.info().id() + "(" + c.status() + ")").toList();
    if (expected.has("topCause")) then(ids).as(story).first().isEqualTo(expected.get("topCause").asText());
    if (expected.has("inTop3")) {
      then(ids.subList(0, Math.min(3, ids.size()))).as(story).contains(expected.get("inTop3").asText());
    }
    if (expected.has("decision")) then(d.decision().wireName()).as(story).isEqualTo(expected.get("decision").asText());
    expected.path("alsoBlocking").forEach(a -> then(ids).as(story).contains(a.asText()));
    expected.path("notCauses").forEach(n -> then(d.causes()).as(story)
        .noneMatch(c -> c.info().id().equals(n.asText()) && (c.status() == Status.CONFIRMED || c.status() == Status.LIKELY)));
    if (expected.path("fixVerifiable").asBoolean(false) && FIX_NOT_YET.containsKey(id)) {
      then(d.top().fix() != null && d.top().fix().verified()).as(id + " now has a verified fix: take it off FIX_NOT_YET").isFalse();
    } else if (expected.path("fixVerifiable").asBoolean(false)) {
      then(d.top().fix()).as(story + " has a fix").isNotNull();
      then(d.top().fix().verified()).as(story + ": " + d.top().fix().summary()).isTrue();
    }
  }

  /**
   * Applies every verified fix's patch to the scenario's bundle as JSON (not through the engine's own patching),
   * reads the bundle again and checks the request is then allowed: "verified" must mean what it says.
   */
  static int checkVerifiedFixes(String id, JsonNode s) {
    if (!s.has("bundle")) return 0;
    Diagnosis d = new Diagnoser().diagnose(s.get("error").asText(), EvidenceReader.read(s.get("bundle")).bundle());
    int checked = 0;
    for (var c : d.causes()) {
      if (c.fix() == null || !c.fix().verified()) continue;
      com.fasterxml.jackson.databind.node.ObjectNode bundle = s.get("bundle").deepCopy();
      apply(bundle, c.fix().patch().target(), c.fix().patch().document());
      var read = EvidenceReader.read(bundle);
      then(read.errors()).as(id + " patched").isEmpty();
      Diagnosis after = new Diagnoser().diagnose(s.get("error").asText(), read.bundle());
      then(after.decision().wireName()).as(id + ": fix of " + c.info().id() + " " + c.fix().summary()).isEqualTo("Allowed");
      checked++;
    }
    return checked;
  }

  private static void apply(com.fasterxml.jackson.databind.node.ObjectNode bundle, String target, JsonNode document) {
    String[] tokens = target.substring(1).split("/");
    JsonNode node = bundle;
    for (int i = 0; i < tokens.length - 1; i++) {
      String t = tokens[i].replace("~1", "/").replace("~0", "~");
      JsonNode next = node.isArray() ? node.get(Integer.parseInt(t)) : node.get(t);
      if (next == null) next = ((com.fasterxml.jackson.databind.node.ObjectNode) node).putObject(t);
      node = next;
    }
    String last = tokens[tokens.length - 1].replace("~1", "/").replace("~0", "~");
    if (last.equals("-")) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) node).addObject().put("name", "s3-403-fix").set("document", document);
    } else if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      if (o.get(last) instanceof com.fasterxml.jackson.databind.node.ArrayNode) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) o.get(last)).addObject().put("name", "s3-403-fix").set("document", document);
      } else {
        o.set(last, document);
      }
    }
  }
}
