package dev.s3403.prompts.plain;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Owners;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain phrasing of the 20 public scenarios, compared with the reviewed texts in golden/plain: any change in
 * wording shows up as a diff to read. {@code -Dgolden.update=true} writes the current texts instead.
 */
class PlainGoldenTest {
  static Stream<String> scenarios() {
    return PublicScenarios.ids();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_phrase_the_scenario_as_its_golden_text(String id) {
    // GIVEN
    Diagnosis d = PublicScenarios.diagnose(id);
    // WHEN
    String rendered = Golden.render(id, PlainPhrasing.explain(d), PlainPhrasing.customerReply(d));
    // THEN
    if (Golden.UPDATE) Golden.write(id, rendered);
    String golden = Golden.read(id);
    then(rendered).withFailMessage(() -> Golden.diff(id, golden, rendered)).isEqualTo(golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_read_without_slips_when_phrasing_the_scenario(String id) {
    // GIVEN
    Diagnosis d = PublicScenarios.diagnose(id);
    // WHEN
    String explanation = PlainPhrasing.explain(d);
    String reply = PlainPhrasing.customerReply(d);
    // THEN
    then(Reading.problems(explanation)).as(explanation).isEmpty();
    then(Reading.problems(reply)).as(reply).isEmpty();
    then(explanation.length()).as(explanation).isLessThanOrEqualTo(Explain.BUDGET);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_name_the_owner_side_and_the_first_question_when_explaining_the_scenario(String id) {
    // GIVEN
    Diagnosis d = PublicScenarios.diagnose(id);
    String owner = Owners.of(d, d.top().info().owner());
    // WHEN
    String explanation = PlainPhrasing.explain(d);
    // THEN
    then(explanation).contains(owner.equals("caller") ? "yourself" : owner);
    if (!d.questions().isEmpty()) then(explanation).contains(d.questions().getFirst().text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_name_no_account_id_or_arn_when_replying_to_the_customer(String id) {
    // GIVEN
    Diagnosis d = PublicScenarios.diagnose(id);
    // WHEN
    String reply = PlainPhrasing.customerReply(d);
    // THEN
    then(reply).doesNotContainPattern("(?<!\\d)\\d{12}(?!\\d)").doesNotContain("arn:")
        .doesNotContainPattern("\\b[0-9a-f]{64}\\b").doesNotContain("\"Effect\"", "aws s3api", "$ ");
  }
}
