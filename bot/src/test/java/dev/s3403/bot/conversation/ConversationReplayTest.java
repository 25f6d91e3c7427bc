package dev.s3403.bot.conversation;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.prompts.Phraser;
import dev.s3403.prompts.PhrasingMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A conversation rebuilt from the thread after a restart: the same diagnosis as the live one, and no model asked. */
class ConversationReplayTest {
  private final PhrasingMetrics metrics = new PhrasingMetrics();
  private final ConversationEngine engine = new ConversationEngine(Phraser.plainOnly(metrics));

  @Test
  void should_rebuild_the_live_diagnosis_from_evidence_a_new_error_and_a_question() {
    // GIVEN p004 live: the error, its bucket policy, a download's error, a question
    String policy = Scenarios.bucketPolicyOutput("p004");
    String download = "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied";
    Conversation live = engine.start(Scenarios.error("p004")).conversation();
    for (String reply : List.of(policy, download, "why is it denied?")) live = engine.reply(live, reply).conversation();
    // WHEN
    Conversation replayed =
        engine.replay(Scenarios.error("p004"), Map.of(), List.of(policy, download, "why is it denied?"));
    // THEN
    thenSameDiagnosis(replayed, live);
    then(replayed).isEqualTo(live);
  }

  @Test
  void should_rebuild_the_live_diagnosis_from_button_answers_kept_in_the_state() {
    // GIVEN p019 live: a button answer, a typed answer, a question
    Conversation live = engine.start(Scenarios.error("p019")).conversation();
    live = engine.answer(live, "request-path", "presigned-url").conversation();
    live = engine.reply(live, "object-exists: yes").conversation();
    live = engine.reply(live, "why did the URL expire?").conversation();
    // WHEN the thread holds the answers in the state, and the typed messages
    Conversation replayed = engine.replay(live.errorText(), live.answers(),
        List.of("object-exists: yes", "why did the URL expire?"));
    // THEN
    thenSameDiagnosis(replayed, live);
    then(replayed.answers()).isEqualTo(live.answers());
  }

  @Test
  void should_rebuild_the_live_conversation_from_its_own_inputs() {
    // GIVEN button answers are recorded as the replies that give them
    Conversation live = engine.start(Scenarios.error("p019")).conversation();
    live = engine.answer(live, "object-exists", "no").conversation();
    live = engine.answer(live, "request-path", "presigned-url").conversation();
    // WHEN
    List<String> inputs = live.inputs();
    Conversation replayed = engine.replay(inputs.getFirst(), Map.of(), inputs.subList(1, inputs.size()));
    // THEN
    then(replayed).isEqualTo(live);
  }

  @Test
  void should_not_ask_for_any_phrasing_when_replaying() {
    // GIVEN
    long before = metrics.plainOnly();
    // WHEN
    engine.replay(Scenarios.error("p004"), Map.of("owner-enforced", "yes"),
        List.of(Scenarios.bucketPolicyOutput("p004"), "what now?", "", "object-exists: maybe"));
    // THEN
    then(metrics.plainOnly()).isEqualTo(before);
    then(metrics.modelAnswers()).isZero();
  }

  @Test
  void should_drop_answers_it_cannot_use_and_survive_nulls_when_replaying() {
    // GIVEN
    Map<String, String> answers = new HashMap<>();
    answers.put("request-path", "carrier-pigeon");
    answers.put("no-such-question", "yes");
    answers.put("object-exists", null);
    answers.put("Object-Exists", "YES");
    List<String> later = new ArrayList<>();
    later.add(null);
    // WHEN
    Conversation c = engine.replay(null, answers, later);
    Conversation none = engine.replay(Scenarios.error("p019"), null, null);
    // THEN
    then(c.answers()).containsExactly(Map.entry("object-exists", "yes"));
    then(c.errorText()).isEmpty();
    then(c.inputs()).containsExactly("", "");
    then(none.answers()).isEmpty();
    then(none.inputs()).containsExactly(Scenarios.error("p019"));
  }

  private static void thenSameDiagnosis(Conversation replayed, Conversation live) {
    Diagnosis r = replayed.diagnosis();
    Diagnosis l = live.diagnosis();
    then(r.top().info().id()).isEqualTo(l.top().info().id());
    then(r.decision()).isEqualTo(l.decision());
    then(r.causes()).extracting(Cause::status)
        .containsExactlyElementsOf(l.causes().stream().map(Cause::status).toList());
    then(r.causes()).extracting(c -> c.info().id())
        .containsExactlyElementsOf(l.causes().stream().map(c -> c.info().id()).toList());
    then(r).isEqualTo(l);
  }
}
