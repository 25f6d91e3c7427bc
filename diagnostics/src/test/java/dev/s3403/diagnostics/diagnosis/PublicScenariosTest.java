package dev.s3403.diagnostics.diagnosis;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 20 public scenarios of spec/examples/scenarios: top cause, other blocking layers, ruled-out causes. */
class PublicScenariosTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> scenarios() {
    return IntStream.rangeClosed(1, 20).mapToObj(i -> "p%03d".formatted(i));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_rank_the_expected_cause_and_keep_what_the_evidence_rules_out_down(String id) throws IOException {
    // GIVEN a public scenario
    JsonNode s = read(id);
    Bundle bundle = s.has("bundle") ? EvidenceReader.read(s.get("bundle")).bundle() : Bundle.empty();
    JsonNode expected = s.get("expected");

    // WHEN it is diagnosed
    Diagnosis d = new Diagnoser().diagnose(s.get("error").asText(), bundle);
    List<String> ids = d.causes().stream().map(c -> c.info().id()).toList();
    String story = id + ": " + d.causes().stream().limit(5).map(c -> c.info().id() + "(" + c.status() + ")").toList();

    // THEN
    if (expected.has("topCause")) then(ids).as(story).first().isEqualTo(expected.get("topCause").asText());
    if (expected.has("inTop3")) then(ids.subList(0, Math.min(3, ids.size()))).as(story).contains(expected.get("inTop3").asText());
    if (expected.has("decision")) then(d.decision().wireName()).as(story).isEqualTo(expected.get("decision").asText());
    expected.path("alsoBlocking").forEach(a -> then(ids).as(story).contains(a.asText()));
    expected.path("notCauses").forEach(n -> then(d.causes()).as(story)
        .noneMatch(c -> c.info().id().equals(n.asText()) && (c.status() == Status.CONFIRMED || c.status() == Status.LIKELY)));
  }

  private static JsonNode read(String id) throws IOException {
    try (InputStream in = PublicScenariosTest.class.getResourceAsStream("/scenarios/public/" + id + ".json")) {
      return JSON.readTree(in);
    }
  }
}
