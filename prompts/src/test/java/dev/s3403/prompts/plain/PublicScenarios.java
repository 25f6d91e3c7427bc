package dev.s3403.prompts.plain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.diagnosis.Diagnoser;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The 20 public scenarios of diagnostics' test resources (prompts/pom.xml puts them on this classpath), diagnosed. */
final class PublicScenarios {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PublicScenarios() {}

  static Stream<String> ids() {
    return IntStream.rangeClosed(1, 20).mapToObj(i -> "p%03d".formatted(i));
  }

  static Diagnosis diagnose(String id) {
    JsonNode s = read(id);
    Bundle bundle = s.has("bundle") ? EvidenceReader.read(s.get("bundle")).bundle() : Bundle.empty();
    return new Diagnoser().diagnose(s.get("error").asText(), bundle);
  }

  static JsonNode read(String id) {
    try (InputStream in = PublicScenarios.class.getResourceAsStream("/scenarios/public/" + id + ".json")) {
      if (in == null) throw new IllegalStateException("scenario " + id + " is not on the test classpath");
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
