package dev.s3403.bot.slack.render;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Question;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The buttons' action ids and values: the contract with the Slack listeners. */
class BlockKitButtonsTest {

  static java.util.stream.Stream<Scenarios.Rendered> scenarios() {
    return Scenarios.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_offer_one_answer_button_per_option_whose_value_names_the_question_and_option(Scenarios.Rendered s) {
    // GIVEN
    Diagnosis d = s.diagnosis();
    // WHEN
    List<ObjectNode> buttons = BlockKitLimitsTest.answerButtons(BlockKit.details(d, s.phrasing()));
    // THEN
    then(buttons).hasSize(d.questions().stream().mapToInt(q -> q.options().size()).sum());
    for (ObjectNode b : buttons) {
      then(b.path("action_id").asText()).matches("s3403_answer_\\d+");
      Optional<AnswerValue> answer = AnswerValue.parse(b.path("value").asText());
      then(answer).isPresent();
      Question q = d.questions().stream().filter(x -> x.id().equals(answer.get().questionId())).findFirst().orElseThrow();
      then(q.options()).contains(answer.get().option());
    }
  }

  @Test
  void should_ask_questions_when_the_scenario_leaves_causes_open() {
    // GIVEN p019: an expired presigned URL, from the text alone
    Scenarios.Rendered s = Scenarios.rendered("p019");
    // WHEN
    List<ObjectNode> buttons = BlockKitLimitsTest.answerButtons(BlockKit.details(s.diagnosis(), s.phrasing()));
    // THEN
    then(buttons).extracting(b -> b.path("value").asText()).contains("request-path=presigned-url", "object-exists=not sure");
    then(buttons).extracting(b -> b.path("action_id").asText()).doesNotHaveDuplicates();
  }

  @Test
  void should_end_the_parent_with_reply_and_feedback_buttons_valued_with_the_top_cause() {
    // GIVEN
    Scenarios.Rendered s = Scenarios.rendered("p004");
    // WHEN
    SlackMessage parent = BlockKit.parent(s.diagnosis(), s.phrasing());
    // THEN
    JsonNode actions = parent.blocks().get(parent.blocks().size() - 1);
    then(actions.path("type").asText()).isEqualTo("actions");
    then(actions.path("elements").findValuesAsText("action_id"))
        .containsExactly("s3403_customer_reply", "s3403_feedback_right", "s3403_feedback_wrong");
    then(actions.path("elements").findValuesAsText("value")).containsOnly("perimeter-network-deny");
  }

  @Test
  void should_value_the_parent_buttons_none_when_no_cause_stands_out() {
    // GIVEN p004's diagnosis without its causes
    Diagnosis d = Scenarios.rendered("p004").diagnosis();
    Diagnosis empty = new Diagnosis(d.parsed(), d.request(), d.decision(), d.outcomes(), List.of(), d.ruledOut(),
        d.unchecked(), d.problems(), List.of());
    // WHEN
    SlackMessage parent = BlockKit.parent(empty, Scenarios.explain(empty, ""));
    // THEN
    JsonNode actions = parent.blocks().get(parent.blocks().size() - 1);
    then(actions.path("elements").findValuesAsText("value")).containsOnly("none");
    then(SlackLimits.violations(parent)).isEmpty();
  }

  @Test
  void should_parse_an_answer_value_at_the_first_equals_sign() {
    // WHEN
    Optional<AnswerValue> parsed = AnswerValue.parse("request-path=a=b");
    // THEN
    then(parsed).contains(new AnswerValue("request-path", "a=b"));
    then(AnswerValue.parse("no-equals-sign")).isEmpty();
    then(AnswerValue.parse("=yes")).isEmpty();
  }
}
