package dev.s3403.bot.slack;

/** Text as Slack delivers it in events: {@code &amp; &lt; &gt;} escaped, links and mentions in angle brackets. */
final class SlackText {
  private SlackText() {}

  /** The text as the user typed or pasted it; the parser repairs the rest (links, smart quotes). */
  static String unescape(String text) {
    return text == null ? "" : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
