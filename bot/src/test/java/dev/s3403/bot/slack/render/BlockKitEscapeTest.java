package dev.s3403.bot.slack.render;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

/** {@link BlockKit#escape}: Slack's three control characters, and nothing else. */
class BlockKitEscapeTest {

  @Test
  void should_escape_ampersand_and_angle_brackets_when_given_mentions_and_links() {
    // GIVEN
    String pasted = "<!channel> <!here> <!everyone> <@U123> <#C123> <http://x|y> a & b";
    // WHEN
    String escaped = BlockKit.escape(pasted);
    // THEN
    then(escaped).isEqualTo(
        "&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; &lt;#C123&gt; &lt;http://x|y&gt; a &amp; b");
  }

  @Test
  void should_escape_an_existing_entity_again_when_the_paste_holds_one() {
    // GIVEN Slack's own escaping, pasted back: the user typed these characters, so they must show as typed
    String pasted = "&lt;b&gt; &amp;";
    // WHEN
    String escaped = BlockKit.escape(pasted);
    // THEN
    then(escaped).isEqualTo("&amp;lt;b&amp;gt; &amp;amp;");
  }

  @Test
  void should_keep_mrkdwn_code_and_other_characters_when_nothing_needs_escaping() {
    // GIVEN
    String text = "statement `Deny*` of \"policy\" — *bold* _it_ ~x~ 'q' | ;";
    // WHEN
    String escaped = BlockKit.escape(text);
    // THEN
    then(escaped).isEqualTo(text);
  }

  @Test
  void should_return_empty_text_when_given_null() {
    // WHEN
    String escaped = BlockKit.escape(null);
    // THEN
    then(escaped).isEmpty();
  }
}
