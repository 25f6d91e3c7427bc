package dev.s3403.bot.slack.render;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3403.prompts.Phrasing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversation's other messages: updates, answers, the customer reply draft and notices. */
class BlockKitMessagesTest {

  @Test
  void should_list_what_changed_before_the_new_headline_when_a_follow_up_settles_causes() {
    // GIVEN p004, where the perimeter deny is confirmed and the wrong-caller cause is ruled out
    Scenarios.Rendered s = Scenarios.rendered("p004");
    // WHEN
    SlackMessage m = BlockKit.update(List.of("perimeter-network-deny"), List.of("wrong-caller-identity"), s.diagnosis(), s.phrasing());
    // THEN
    List<String> texts = texts(m);
    then(texts.getFirst()).isEqualTo("*Now confirmed:* `perimeter-network-deny` (confirmed): a Deny admits only requests "
        + "from an expected network (VPC endpoint, VPC or IP range)\n*Ruled out:* `wrong-caller-identity`: the message "
        + "names the principal the evidence is for");
    then(texts.get(1)).isEqualTo(BlockKit.escape(s.phrasing().text()));
    then(texts.get(2)).startsWith("*Top cause:* `perimeter-network-deny`");
    then(m.text()).startsWith("*Now confirmed:*");
  }

  @Test
  void should_quote_the_draft_under_a_review_note_when_drafting_a_customer_reply() {
    // GIVEN
    Phrasing p = new Phrasing("Hello,\n\nyour upload was denied by the bucket policy.\nBest", List.of(), Phrasing.Source.PLAIN, null);
    // WHEN
    SlackMessage m = BlockKit.customerReplyDraft(p);
    // THEN
    List<String> texts = texts(m);
    then(texts.getFirst()).contains("Draft reply to the customer", "review");
    then(texts.get(1)).isEqualTo("> Hello,\n> \n> your upload was denied by the bucket policy.\n> Best");
  }

  @Test
  void should_cut_an_answer_within_one_message_when_the_text_is_very_long() {
    // GIVEN 100,000 characters
    Phrasing p = new Phrasing("word ".repeat(20_000), List.of(), Phrasing.Source.MODEL, null);
    // WHEN
    SlackMessage m = BlockKit.answer(p);
    // THEN
    then(SlackLimits.violations(m)).isEmpty();
    then(texts(m).getLast()).endsWith("…");
  }

  @Test
  void should_render_one_section_when_posting_a_short_notice() {
    // WHEN
    SlackMessage m = BlockKit.notice("Working on it…");
    // THEN
    then(texts(m)).containsExactly("Working on it…");
    then(m.text()).isEqualTo("Working on it…");
  }

  private static List<String> texts(SlackMessage m) {
    List<String> out = new ArrayList<>();
    for (JsonNode b : m.blocks()) if (b.has("text")) out.add(b.path("text").path("text").asText());
    return out;
  }
}
