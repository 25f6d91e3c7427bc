package dev.s3403.prompts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.diagnosis.Diagnoser;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Diagnoses of the public scenarios, as the phrasing tests need them. */
public final class Diagnoses {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PUBLIC = Path.of("../diagnostics/src/test/resources/scenarios/public");

  private Diagnoses() {}

  public static JsonNode scenario(String id) {
    try {
      return JSON.readTree(Files.readString(PUBLIC.resolve(id + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scenario's diagnosis, with {@code extra} appended to its error text (canaries, injections). */
  public static Diagnosis of(String id, String extra) {
    JsonNode s = scenario(id);
    return new Diagnoser().diagnose(text(id, extra), bundle(s));
  }

  public static String text(String id, String extra) {
    return scenario(id).path("error").asText() + (extra.isEmpty() ? "" : "\n" + extra);
  }

  private static Bundle bundle(JsonNode s) {
    if (!s.path("bundle").isObject()) return Bundle.empty();
    EvidenceReader.Result read = EvidenceReader.read(s.get("bundle"));
    if (!read.errors().isEmpty()) throw new IllegalStateException("scenario bundle: " + read.errors());
    return read.bundle();
  }
}
