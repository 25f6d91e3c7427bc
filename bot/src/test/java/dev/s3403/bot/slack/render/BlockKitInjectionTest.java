package dev.s3403.bot.slack.render;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.s3403.prompts.Phrasing;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions and links in a paste, in the evidence or in the phrasing reach Slack inert: escaped, never parsed. */
class BlockKitInjectionTest {
  private static final String INJECTION = "<!channel> <!here|here> <@U012ABC> <https://evil.example|click> & *bold*";
  private static final List<String> ESCAPED = List.of("&lt;!channel&gt;", "&lt;!here|here&gt;", "&lt;@U012ABC&gt;",
      "&lt;https://evil.example|click&gt;");

  @Test
  void should_render_no_active_mention_or_link_when_the_paste_carries_them() {
    // GIVEN p001's error with the mentions in the object key (no spaces, so the parser keeps them) and after it
    JsonNode s = Scenarios.json("p001");
    String error = s.path("error").asText().replace("BL-2026-004512.pdf", INJECTION.replace(" ", "")) + "\n" + INJECTION;
    Scenarios.Rendered r = Scenarios.diagnose("p001", error, MissingNode.getInstance());
    // WHEN
    String json = BlockKitLimitsTest.everyMessage(r.diagnosis(), r.phrasing()).toString();
    // THEN the parser unwraps Slack's <url|label> form to the bare url; the mentions stay, escaped
    then(json).contains(ESCAPED.subList(0, 3)).doesNotContain("<");
  }

  @Test
  void should_render_no_active_mention_or_link_when_a_policy_sid_carries_them() throws IOException {
    // GIVEN p004, whose denying statement is now named with the mentions
    JsonNode s = Scenarios.json("p004");
    String bundle = s.path("bundle").toString().replace("DenyAccessOutsideVpce", INJECTION.replace("\"", "\\\""));
    Scenarios.Rendered r = Scenarios.diagnose("p004", s.path("error").asText(), Scenarios.JSON.readTree(bundle));
    // WHEN
    List<SlackMessage> messages = BlockKitLimitsTest.everyMessage(r.diagnosis(), r.phrasing());
    // THEN the Sid shows in the explanation, the cause's detail and the policy to write, escaped every time
    String json = messages.toString();
    then(json).contains(ESCAPED).doesNotContain("<");
    then(messages).allSatisfy(m -> then(SlackLimits.violations(m)).isEmpty());
  }

  @Test
  void should_render_no_active_mention_or_link_when_the_phrasing_or_the_notice_carries_them() {
    // GIVEN a phrasing (a model's, say) and a notice that quote the mentions
    Scenarios.Rendered r = Scenarios.rendered("p019");
    Phrasing p = new Phrasing("The bucket says " + INJECTION + "\n> quoted", List.of(), Phrasing.Source.MODEL, null);
    // WHEN
    List<SlackMessage> messages = List.of(BlockKit.parent(r.diagnosis(), p), BlockKit.answer(p), BlockKit.customerReplyDraft(p),
        BlockKit.notice(INJECTION), BlockKit.update(List.of(INJECTION), List.of(INJECTION), r.diagnosis(), p));
    // THEN
    for (SlackMessage m : messages) {
      then(m.toString()).contains(ESCAPED).doesNotContain("<");
      then(m.text()).contains("&lt;!channel&gt;");
    }
  }
}
