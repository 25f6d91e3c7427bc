package dev.s3403.bot.slack.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Slack mrkdwn text: escaping, and cutting escaped text to Slack's lengths without breaking an entity
 * ({@code &amp;}), a surrogate pair or a code fence.
 */
final class Mrkdwn {
  static final String ELLIPSIS = "…";
  private static final String FENCE = "```";

  private Mrkdwn() {}

  /** {@code & < >} as entities, so Slack parses no mention, channel broadcast or link in the text. */
  static String escape(String text) {
    if (text == null) return "";
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Escaped text cut to {@code max} characters, the ellipsis included. */
  static String truncate(String escaped, int max) {
    if (escaped.length() <= max) return escaped;
    return escaped.substring(0, safeCut(escaped, max - ELLIPSIS.length())) + ELLIPSIS;
  }

  /** Escaped prose in pieces of at most {@code max}, cut at a line break, else a space, else anywhere safe. */
  static List<String> chunks(String escaped, int max) {
    List<String> out = new ArrayList<>();
    String rest = escaped;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf('\n', max);
      if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
      if (cut < max / 2) {
        cut = safeCut(rest, max);
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      } else {
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut + 1);   // the line break or space is where the pieces meet
      }
    }
    if (!rest.isEmpty() || out.isEmpty()) out.add(rest);
    return out;
  }

  /**
   * Raw code (a command, a policy) as fenced mrkdwn pieces of at most {@code max} characters each, cut between
   * lines where possible; {@code label} (already mrkdwn) heads the first piece when it is short.
   */
  static List<String> codeBlocks(String label, String code, int max) {
    // ``` inside the code would close our fence early; a zero-width space keeps it three backticks to the eye
    String escaped = escape(code).replace(FENCE, "``\u200B`");
    boolean inline = label != null && label.length() <= max / 3;
    int room = max - (FENCE.length() * 2 + 2) - (inline ? label.length() + 1 : 0);
    List<String> out = new ArrayList<>();
    if (label != null && !inline) out.addAll(chunks(label, max));
    List<String> pieces = codeChunks(escaped, room);
    for (int i = 0; i < pieces.size(); i++) {
      String fenced = FENCE + "\n" + pieces.get(i) + "\n" + FENCE;
      out.add(i == 0 && inline ? label + "\n" + fenced : fenced);
    }
    return out;
  }

  /** Escaped text as a block quote: every line, and every piece of an over-long line, starts with "> ". */
  static List<String> quote(String escaped, int max) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : escaped.split("\n", -1)) {
      for (String piece : chunks(line, max - 2)) {
        String quoted = "> " + piece;
        if (!current.isEmpty() && current.length() + 1 + quoted.length() > max) {
          out.add(current.toString());
          current.setLength(0);
        }
        if (!current.isEmpty()) current.append('\n');
        current.append(quoted);
      }
    }
    out.add(current.toString());
    return out;
  }

  private static List<String> codeChunks(String escaped, int max) {
    List<String> out = new ArrayList<>();
    String rest = escaped;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf('\n', max);
      if (cut > 0) {
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut + 1);   // the fence supplies the line break
      } else {
        cut = safeCut(rest, max);
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
    }
    out.add(rest);
    return out;
  }

  /** The largest position at most {@code max} that splits no entity and no surrogate pair. */
  static int safeCut(String escaped, int max) {
    int cut = Math.min(max, escaped.length());
    // INVARIANT: the text is escaped, so every & starts one of &amp; &lt; &gt; (at most 5 characters)
    int amp = escaped.lastIndexOf('&', cut - 1);
    if (amp >= 0 && amp > cut - 5) {
      int semicolon = escaped.indexOf(';', amp);
      if (semicolon >= cut) cut = amp;
    }
    if (cut > 0 && Character.isHighSurrogate(escaped.charAt(cut - 1))) cut--;
    return cut;
  }
}
