package dev.s3403.bot.slack.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.diagnosis.Diagnoser;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.prompts.Phraser;
import dev.s3403.prompts.Phrasing;
import dev.s3403.prompts.PhrasingMetrics;
import dev.s3403.prompts.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The public scenarios, diagnosed and phrased (plain) as the bot would before rendering. */
final class Scenarios {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PUBLIC = Path.of("../diagnostics/src/test/resources/scenarios/public");

  private Scenarios() {}

  /** A scenario's diagnosis and its explanation. */
  record Rendered(String id, String error, Diagnosis diagnosis, Phrasing phrasing) {
    @Override
    public String toString() {
      return id;
    }
  }

  /** Every public scenario id, p001 first. */
  static Stream<String> ids() {
    try (Stream<Path> files = Files.list(PUBLIC)) {
      List<String> ids = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("p\\d{3}\\.json"))
          .map(n -> n.substring(0, 4)).sorted().toList();
      return ids.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Rendered> all() {
    return ids().map(Scenarios::rendered);
  }

  static JsonNode json(String id) {
    try {
      return JSON.readTree(Files.readString(PUBLIC.resolve(id + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Rendered rendered(String id) {
    JsonNode s = json(id);
    return diagnose(id, s.path("error").asText(), s.path("bundle"));
  }

  /** The error diagnosed against the bundle (none when {@code bundle} is not an object) and phrased plainly. */
  static Rendered diagnose(String id, String error, JsonNode bundle) {
    Diagnosis d = new Diagnoser().diagnose(error, bundle(bundle));
    return new Rendered(id, error, d, explain(d, error));
  }

  static Phrasing explain(Diagnosis d, String error) {
    return Phraser.plainOnly(new PhrasingMetrics()).phrase(Task.EXPLAIN, d, error);
  }

  private static Bundle bundle(JsonNode bundle) {
    if (!bundle.isObject()) return Bundle.empty();
    EvidenceReader.Result read = EvidenceReader.read(bundle);
    if (read.hasErrors()) throw new IllegalStateException("scenario bundle: " + read.errors());
    return read.bundle();
  }
}
