package dev.s3403.diagnostics.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes what chat clients and terminals do to a paste before any field is read: Slack's HTML escaping and
 * link markup, code fences and backticks, smart quotes, invisible characters, and terminal hard wraps. Each
 * repair leaves a warning that starts with its kind, so that nobody has to wonder why a field differs from
 * the raw text. Public because pasted CLI outputs ({@code evidence.paste}) suffer the same damage as pasted errors.
 */
public final class TextRepair {
  /** Pastes larger than this are cut; logs put the error last, so the tail is kept and the head sampled. */
  static final int MAX_CHARS = 1 << 20;

  private static final int HEAD_CHARS = MAX_CHARS / 4;


  private TextRepair() {}

  /** The repaired text and the warnings that say what was repaired. */
  public record Repaired(String text, List<String> warnings) {}

  public static Repaired repair(String input) {
    List<String> warnings = new ArrayList<>();
    String text = input == null ? "" : input;
    if (text.length() > MAX_CHARS) {
      warnings.add("oversize: the paste has %,d characters; read the first %,d and the last %,d"
          .formatted(text.length(), HEAD_CHARS, MAX_CHARS - HEAD_CHARS));
      text = text.substring(0, HEAD_CHARS) + "\n" + text.substring(text.length() - (MAX_CHARS - HEAD_CHARS));
    }
    text = characters(text, warnings);
    text = slackLinks(text, warnings);
    text = entities(text, warnings);
    text = fences(text, warnings);
    text = boldMarkers(text);
    text = HardWraps.join(text, warnings);
    return new Repaired(text, warnings);
  }

  /** Line endings, invisible characters and smart quotes, in one pass. */
  private static String characters(String s, List<String> warnings) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c < 0x80 && c != '\r' && c != 0;
    }
    if (plain) return s;   // most pastes: nothing to repair, nothing to copy
    StringBuilder out = new StringBuilder(s.length());
    boolean invisible = false;
    boolean smart = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\r' -> {
          if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') out.append('\n');
        }
        case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> invisible = true;
        case '\u00A0', '\u202F', '\u2007', '\u2009', '\u3000' -> {
          invisible = true;
          out.append(' ');
        }
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> {
          smart = true;
          out.append('\'');
        }
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> {
          smart = true;
          out.append('"');
        }
        case '\u0000' -> out.append(' ');
        default -> out.append(c);
      }
    }
    if (invisible) warnings.add("invisible-characters: removed zero-width and non-breaking spaces");
    if (smart) warnings.add("smart-quotes: straightened typographic quotes");
    return out.toString();
  }

  /** Slack writes links as {@code <https://url|label>}: keep the URL, which the label may have shortened. */
  private static String slackLinks(String s, List<String> warnings) {
    if (s.indexOf("<http") < 0 && s.indexOf("<mailto:") < 0 && s.indexOf("<s3://") < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    boolean changed = false;
    while (i < s.length()) {
      int open = s.indexOf('<', i);
      if (open < 0) break;
      out.append(s, i, open);
      int close = linkEnd(s, open);
      if (close < 0) {
        out.append('<');
        i = open + 1;
        continue;
      }
      String inner = s.substring(open + 1, close);
      int bar = inner.indexOf('|');
      String target = bar < 0 ? inner : inner.substring(0, bar);
      String label = bar < 0 ? target : inner.substring(bar + 1);
      out.append(target.startsWith("mailto:") ? label : target);
      changed = true;
      i = close + 1;
    }
    out.append(s, i, s.length());
    if (changed) warnings.add("slack-link: unwrapped Slack link markup <url|label>");
    return changed ? out.toString() : s;
  }

  /** The end of a Slack link starting at {@code open}, or -1 when it is not one. */
  private static int linkEnd(String s, int open) {
    if (!(s.startsWith("<http://", open) || s.startsWith("<https://", open) || s.startsWith("<mailto:", open)
        || s.startsWith("<s3://", open))) {
      return -1;
    }
    int limit = Math.min(s.length(), open + 4096);
    for (int j = open + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '>') return j;
      if (c == '<' || c == '\n' || c == ' ') return -1;
    }
    return -1;
  }

  /** Slack escapes exactly these three; HTML error pages add a few more. */
  private static String entities(String s, List<String> warnings) {
    if (s.indexOf('&') < 0) return s;
    boolean slack = s.contains("&lt;") || s.contains("&gt;");
    String out = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&#x27;", "'").replace("&amp;", "&");
    if (slack) warnings.add("slack-escaping: decoded &lt; &gt; &amp;");
    return out;
  }

  // Markdown bold around a code or inside a URI is never part of a value; a mask of three or more stars is.
  private static String boldMarkers(String s) {
    if (s.indexOf("**") < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("**", i) && (i == 0 || s.charAt(i - 1) != '*') && (i + 2 >= s.length() || s.charAt(i + 2) != '*')) {
        i++;
        continue;
      }
      out.append(s.charAt(i));
    }
    return out.toString();
  }

  /** Drops the lines that are only a fence, with or without a language: {@code ```bash}. */
  private static String withoutFenceLines(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int start = 0;
    while (start <= s.length()) {
      int end = s.indexOf('\n', start);
      int lineEnd = end < 0 ? s.length() : end;
      String line = s.substring(start, lineEnd).strip();
      boolean fence = line.startsWith("```") && line.substring(3).chars()
          .allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '_');
      if (!fence) {
        out.append(s, start, lineEnd);
        if (end >= 0) out.append('\n');
      }
      if (end < 0) break;
      start = end + 1;
    }
    return out.toString();
  }

  /** Code fences and inline backticks only frame the text; they are never part of an AWS value. */
  private static String fences(String s, List<String> warnings) {
    if (s.indexOf('`') < 0) return s;
    boolean fenced = s.contains("```");
    String out = (fenced ? withoutFenceLines(s).replace("```", "") : s).replace("`", "");
    warnings.add(fenced ? "code-fence: removed ``` fences" : "code-fence: removed inline backticks");
    return out;
  }
}
