package dev.s3403.prompts.plain;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3403.diagnostics.diagnosis.Diagnoser;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the engine makes of a cut-off paste, with or without its evidence, the phrasing reads and names no id. */
class PlainPhrasingRobustnessTest {
  private static final int STEP = 11;

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.s3403.prompts.plain.PlainGoldenTest#scenarios")
  void should_read_well_and_keep_ids_out_of_the_reply_when_the_paste_is_cut_off(String id) {
    // GIVEN the scenario's text cut after every STEP characters, with its bundle and without
    JsonNode s = PublicScenarios.read(id);
    String text = s.get("error").asText();
    Bundle bundle = s.has("bundle") ? EvidenceReader.read(s.get("bundle")).bundle() : Bundle.empty();
    Diagnoser diagnoser = new Diagnoser();
    for (int end = 0; end <= text.length(); end += STEP) {
      for (Bundle b : new Bundle[] {bundle, Bundle.empty()}) {
        // WHEN
        Diagnosis d = diagnoser.diagnose(text.substring(0, end), b);
        String explanation = PlainPhrasing.explain(d);
        String reply = PlainPhrasing.customerReply(d);
        // THEN
        then(Reading.problems(explanation)).as("%s cut at %d: %s", id, end, explanation).isEmpty();
        then(Reading.problems(reply)).as("%s cut at %d: %s", id, end, reply).isEmpty();
        then(reply).as("%s cut at %d", id, end).doesNotContainPattern("(?<!\\d)\\d{12}(?!\\d)").doesNotContain("arn:");
      }
    }
  }
}
