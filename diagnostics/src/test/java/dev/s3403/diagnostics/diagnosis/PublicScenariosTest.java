package dev.s3403.diagnostics.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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
    // GIVEN a public scenario WHEN it is diagnosed THEN every expectation it states holds
    Scenarios.check(id, read(id));
  }

  private static JsonNode read(String id) throws IOException {
    try (InputStream in = PublicScenariosTest.class.getResourceAsStream("/scenarios/public/" + id + ".json")) {
      return JSON.readTree(in);
    }
  }
}
