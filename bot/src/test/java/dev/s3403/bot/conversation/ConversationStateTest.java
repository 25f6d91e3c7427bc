package dev.s3403.bot.conversation;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.prompts.Phraser;
import dev.s3403.prompts.PhrasingMetrics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The state a bot message carries in its metadata: small, and read back from whatever Slack returns. */
class ConversationStateTest {
  private final ConversationEngine engine = new ConversationEngine(Phraser.plainOnly(new PhrasingMetrics()));

  @Test
  void should_carry_the_error_the_answers_and_where_the_diagnosis_stands() {
    // GIVEN
    Conversation c = engine.answer(engine.start(Scenarios.error("p019")).conversation(), "object-exists", "yes")
        .conversation();
    // WHEN
    Map<String, Object> payload = ConversationState.payload(c);
    // THEN
    then(payload).containsOnlyKeys("version", "errorText", "answers", "inputCount", "topCause", "decision")
        .containsEntry("version", 1)
        .containsEntry("errorText", Scenarios.error("p019"))
        .containsEntry("answers", Map.of("object-exists", "yes"))
        .containsEntry("inputCount", 2)
        .containsEntry("topCause", "presigned-url-expired")
        .containsEntry("decision", "Undetermined");
    then(payload.values()).doesNotContainNull();
  }

  @Test
  void should_restore_what_it_carried_and_replay_to_the_same_diagnosis() {
    // GIVEN
    Conversation started = engine.start(Scenarios.error("p019")).conversation();
    Conversation c = engine.answer(started, "request-path", "presigned-url").conversation();
    // WHEN
    ConversationState.Restored restored = ConversationState.restore(ConversationState.payload(c));
    // THEN
    then(restored).isEqualTo(new ConversationState.Restored(c.errorText(), c.answers(), 2));
    then(engine.replay(restored.errorText(), restored.answers(), List.of()).diagnosis()).isEqualTo(c.diagnosis());
  }

  @Test
  void should_clip_a_long_error_to_3000_characters() {
    // GIVEN an error that ends a long log, with an emoji across the cut
    String log = "x".repeat(2_999) + "\uD83D\uDE00" + "y".repeat(5_000);
    Conversation c = engine.start(log).conversation();
    // WHEN
    Map<String, Object> payload = ConversationState.payload(c);
    // THEN the cut keeps the emoji whole or leaves it out
    then((String) payload.get("errorText")).isEqualTo("x".repeat(2_999));
    then(ConversationState.restore(Map.of("errorText", "z".repeat(10_000_000))).errorText()).hasSize(3_000);
  }

  @Test
  void should_read_numbers_as_slack_returns_them() {
    // GIVEN Slack's JSON reader returns every number as a double
    Map<String, Object> payload = Map.of("errorText", "e", "answers", Map.of(), "inputCount", 4.0);
    // WHEN
    ConversationState.Restored restored = ConversationState.restore(payload);
    // THEN
    then(restored.inputCount()).isEqualTo(4);
  }

  @ParameterizedTest
  @MethodSource("garbage")
  void should_restore_nothing_it_cannot_use_without_throwing(Map<String, Object> payload) {
    // WHEN
    ConversationState.Restored restored = ConversationState.restore(payload);
    // THEN
    then(restored.errorText()).isNull();
    then(restored.answers()).isEmpty();
    then(restored.inputCount()).isZero();
  }

  static Stream<Map<String, Object>> garbage() {
    Map<String, Object> nulls = new HashMap<>();
    nulls.put("errorText", null);
    nulls.put("answers", null);
    nulls.put("inputCount", null);
    nulls.put(null, "x");
    Map<Object, Object> badAnswers = new HashMap<>();
    badAnswers.put(null, "yes");
    badAnswers.put("object-exists", null);
    badAnswers.put(42, List.of("yes"));
    badAnswers.put("request-path", Map.of("a", "b"));
    badAnswers.put("object-exists ", "banana");
    badAnswers.put("z".repeat(1_000_000), "y".repeat(1_000_000));
    return Stream.of(null, Map.of(), nulls,
        Map.of("errorText", 42, "answers", "object-exists: yes", "inputCount", "many"),
        Map.of("errorText", List.of("a"), "answers", List.of(Map.of("object-exists", "yes")), "inputCount", -5),
        Map.of("errorText", Map.of(), "answers", badAnswers, "inputCount", Double.NaN),
        Map.of("version", "x".repeat(1_000_000), "inputCount", new Object()));
  }

  @Test
  void should_keep_a_huge_or_negative_count_within_bounds() {
    // WHEN
    int huge = ConversationState.restore(Map.of("inputCount", Long.MAX_VALUE)).inputCount();
    int negative = ConversationState.restore(Map.of("inputCount", Long.MIN_VALUE)).inputCount();
    // THEN
    then(huge).isEqualTo(Integer.MAX_VALUE);
    then(negative).isZero();
  }
}
