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
import java.util.stream.Stream;

/** Diagnosis scenarios of spec/examples/scenarios/README.md: reading them and checking a diagnosis against them. */
final class Scenarios {
  private static final ObjectMapper JSON = new ObjectMapper();

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
  }
}
