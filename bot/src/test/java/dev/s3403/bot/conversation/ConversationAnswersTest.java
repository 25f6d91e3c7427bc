package dev.s3403.bot.conversation;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.diagnosis.Question;
import dev.s3403.prompts.Phraser;
import dev.s3403.prompts.PhrasingMetrics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers to the diagnosis's questions, by button and typed in a reply, and the ones that cannot be used. */
class ConversationAnswersTest {
  private final ConversationEngine engine = new ConversationEngine(Phraser.plainOnly(new PhrasingMetrics()));

  /** p019: an expired presigned URL, from the text alone; it asks `request-path` and `object-exists`. */
  private Conversation p019() {
    Conversation c = engine.start(Scenarios.error("p019")).conversation();
    then(c.diagnosis().questions()).extracting(Question::id).containsExactly("request-path", "object-exists");
    return c;
  }

  @Test
  void should_rule_out_the_missing_object_when_a_button_says_it_exists() {
    // GIVEN
    Conversation c = p019();
    then(c.diagnosis().causes()).anyMatch(k -> k.info().id().equals("missing-object-masked-as-403"));
    // WHEN
    Turn turn = engine.answer(c, "object-exists", "yes");
    // THEN
    Conversation after = turn.conversation();
    then(turn.input()).isEqualTo(new Input.Answer("object-exists", "yes"));
    then(after.answers()).containsExactly(Map.entry("object-exists", "yes"));
    then(after.diagnosis().causes()).noneMatch(k -> k.info().id().equals("missing-object-masked-as-403"))
        .hasSize(c.diagnosis().causes().size() - 1);
    then(after.diagnosis().questions()).extracting(Question::id).containsExactly("request-path");
    then(after.inputs()).containsExactly(c.errorText(), "object-exists: yes");
  }

  @Test
  void should_read_a_typed_answer_as_the_button_gives_it() {
    // GIVEN
    Conversation c = p019();
    // WHEN
    Turn typed = engine.reply(c, "Object-Exists:  YES");
    Turn clicked = engine.answer(c, "object-exists", "yes");
    // THEN
    then(typed.input()).isEqualTo(new Input.Answer("object-exists", "yes"));
    then(typed.conversation().answers()).isEqualTo(clicked.conversation().answers());
    then(typed.conversation().diagnosis()).isEqualTo(clicked.conversation().diagnosis());
    then(typed.conversation().inputs()).last().isEqualTo("Object-Exists:  YES");
  }

  @Test
  void should_read_an_answer_written_with_an_equals_sign() {
    // GIVEN
    Conversation c = p019();
    // WHEN
    Turn turn = engine.reply(c, "request-path = presigned url");
    // THEN
    then(turn.input()).isEqualTo(new Input.Answer("request-path", "presigned-url"));
    then(turn.conversation().diagnosis().questions()).extracting(Question::id).containsExactly("object-exists");
  }

  @Test
  void should_take_a_bare_yes_as_the_answer_to_the_one_open_question() {
    // GIVEN only `object-exists` is left open
    Conversation c = engine.answer(p019(), "request-path", "presigned-url").conversation();
    then(c.diagnosis().questions()).extracting(Question::id).containsExactly("object-exists");
    // WHEN
    Turn turn = engine.reply(c, "Yes.");
    // THEN
    then(turn.input()).isEqualTo(new Input.Answer("object-exists", "yes"));
    then(turn.conversation().answers()).containsExactly(Map.entry("request-path", "presigned-url"),
        Map.entry("object-exists", "yes"));
  }

  @Test
  void should_ask_which_question_a_bare_yes_answers_when_several_could() {
    // GIVEN p006 asks two yes-or-no questions
    Conversation c = engine.start(Scenarios.error("p006")).conversation();
    then(c.diagnosis().questions()).extracting(Question::id).containsExactly("kms-encrypted", "owner-enforced");
    // WHEN
    Turn turn = engine.reply(c, "yes");
    // THEN
    then(turn.input()).isEqualTo(new Input.Ignored(
        "`yes` answers more than one open question: reply `kms-encrypted: yes` or `owner-enforced: yes`"));
    then(turn.conversation().answers()).isEmpty();
  }

  @Test
  void should_ignore_an_answer_to_an_unknown_question_and_name_the_open_ones() {
    // GIVEN
    Conversation c = p019();
    // WHEN
    Turn turn = engine.reply(c, "request-pth: direct");
    // THEN
    then(turn.input()).isInstanceOfSatisfying(Input.Ignored.class, i -> then(i.why()).isEqualTo(
        "`request-pth` is not a question s3-403 asks: open questions are `request-path` (direct, presigned-url, "
            + "cloudfront, website-endpoint, access-point, console), `object-exists` (yes, no, not sure)"));
    then(turn.conversation().diagnosis()).isSameAs(c.diagnosis());
    then(turn.conversation().inputs()).last().isEqualTo("request-pth: direct");
  }

  @Test
  void should_read_a_label_and_words_that_answer_nothing_as_a_question() {
    // GIVEN
    Conversation c = p019();
    // WHEN
    Turn turn = engine.reply(c, "follow-up: what about the SCP");
    // THEN
    then(turn.input()).isEqualTo(new Input.Question("follow-up: what about the SCP"));
  }

  @Test
  void should_ignore_an_unknown_option_and_name_the_valid_ones() {
    // GIVEN
    Conversation c = p019();
    // WHEN
    Turn typed = engine.reply(c, "request-path: carrier pigeon");
    Turn clicked = engine.answer(c, "object-exists", "maybe");
    // THEN
    then(typed.input()).isEqualTo(new Input.Ignored("`carrier pigeon` is not an answer to `request-path`: "
        + "answer one of `direct`, `presigned-url`, `cloudfront`, `website-endpoint`, `access-point`, `console`"));
    then(clicked.input()).isEqualTo(
        new Input.Ignored("`maybe` is not an answer to `object-exists`: answer one of `yes`, `no`, `not sure`"));
    then(clicked.conversation().answers()).isEmpty();
    then(clicked.conversation().inputs()).last().isEqualTo("object-exists: maybe");
  }

  @Test
  void should_let_a_later_answer_correct_an_earlier_one() {
    // GIVEN `object-exists` answered, so no longer asked
    Conversation c = engine.answer(p019(), "object-exists", "yes").conversation();
    // WHEN
    Turn turn = engine.reply(c, "object-exists: no");
    // THEN
    then(turn.conversation().answers()).containsExactly(Map.entry("object-exists", "no"));
    then(turn.changes().nowConfirmed()).anyMatch(l -> l.startsWith("`missing-object-masked-as-403`: "));
  }
}
