package dev.s3403.bot.slack.render;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting escaped mrkdwn to Slack's lengths. */
class MrkdwnTest {

  @Test
  void should_cut_before_an_entity_when_the_limit_falls_inside_it() {
    // GIVEN "ab&amp;" with room for "ab&am"
    String escaped = Mrkdwn.escape("ab&");
    // WHEN
    String cut = Mrkdwn.truncate(escaped, 6);
    // THEN
    then(cut).isEqualTo("ab…");
  }

  @Test
  void should_keep_text_whole_when_it_fits() {
    // WHEN
    String cut = Mrkdwn.truncate("a &lt; b", 8);
    // THEN
    then(cut).isEqualTo("a &lt; b");
  }

  @Test
  void should_not_split_a_surrogate_pair_when_cutting() {
    // GIVEN an emoji (two chars) across the limit
    String text = "abc\uD83D\uDE00";
    // WHEN
    int cut = Mrkdwn.safeCut(text, 4);
    // THEN
    then(cut).isEqualTo(3);
  }

  @Test
  void should_cut_prose_at_line_breaks_then_spaces_when_it_is_too_long() {
    // GIVEN
    String text = "first line\nsecond line is longer";
    // WHEN
    List<String> chunks = Mrkdwn.chunks(text, 20);
    // THEN
    then(chunks).containsExactly("first line", "second line is", "longer");
  }

  @Test
  void should_fence_every_piece_when_code_is_split() {
    // GIVEN 10 lines of 9 characters
    String code = "line <n>\n".repeat(10).strip();
    // WHEN
    List<String> blocks = Mrkdwn.codeBlocks("*Policy*", code, 60);
    // THEN
    then(blocks).hasSizeGreaterThan(1).allSatisfy(b -> {
      then(b).hasSizeLessThanOrEqualTo(60).endsWith("\n```").contains("```\n").doesNotContain("<");
    });
    then(blocks.getFirst()).startsWith("*Policy*\n```\nline &lt;n&gt;");
    then(String.join("\n", blocks).replace("```", "").replace("*Policy*", "").lines().filter(l -> !l.isEmpty()))
        .hasSize(10);
  }

  @Test
  void should_keep_our_fence_closed_when_the_code_holds_backticks() {
    // WHEN
    List<String> blocks = Mrkdwn.codeBlocks(null, "echo ```", 3_000);
    // THEN
    then(blocks).singleElement().satisfies(b -> then(b.split("```", -1)).hasSize(3));
  }

  @Test
  void should_start_every_line_with_a_quote_mark_when_quoting() {
    // GIVEN
    String text = "Hello,\n\n" + "word ".repeat(30);
    // WHEN
    List<String> quoted = Mrkdwn.quote(text, 50);
    // THEN
    then(quoted).allSatisfy(q -> then(q).hasSizeLessThanOrEqualTo(50));
    then(String.join("\n", quoted).lines()).allSatisfy(l -> then(l).startsWith("> "));
  }
}
