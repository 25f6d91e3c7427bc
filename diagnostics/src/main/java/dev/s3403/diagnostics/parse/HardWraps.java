package dev.s3403.diagnostics.parse;

import java.util.List;

/**
 * Joins lines that a terminal or chat client broke: fixed-width terminal wraps (every broken line has the
 * same, maximal length) and line breaks inside a quoted ARN.
 */
final class HardWraps {
  private static final int MIN_WIDTH = 40;

  private HardWraps() {}

  static String join(String text, List<String> warnings) {
    String out = terminalWraps(text, warnings);
    return quotedArnWraps(out, warnings);
  }

  /**
   * A terminal wrap leaves lines of exactly the terminal's width, broken mid-token. Tabular output (an
   * {@code aws s3 ls} listing) can look the same, so a wrap is only undone where the broken lines carry an
   * AWS error.
   */
  private static String terminalWraps(String text, List<String> warnings) {
    int width = 0;
    int lines = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      width = Math.max(width, end - start);
      lines++;
      start = end + 1;
    }
    if (width < MIN_WIDTH || lines < 2) return text;

    int atWidth = 0;
    boolean midToken = false;
    boolean awsText = false;
    boolean tailAfterWrap = false;   // a wrapped line ends in a shorter piece; identical full lines never do
    boolean previousAtWidth = false;
    start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int lineEnd = end < 0 ? text.length() : end;
      boolean full = lineEnd - start == width;
      if (!full && previousAtWidth && lineEnd > start) tailAfterWrap = true;
      if (full && end >= 0 && end + 1 < text.length() && text.charAt(end + 1) != '\n') {
        atWidth++;
        midToken |= !Character.isWhitespace(text.charAt(end - 1)) && !Character.isWhitespace(text.charAt(end + 1));
        awsText |= carriesAwsError(text, start, end);
      }
      previousAtWidth = full;
      if (end < 0) break;
      start = end + 1;
    }
    if (atWidth < 2 || !midToken || !awsText || !tailAfterWrap) return text;

    StringBuilder out = new StringBuilder(text.length());
    start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        out.append(text, start, text.length());
        break;
      }
      out.append(text, start, end);
      if (end - start != width) out.append('\n');
      start = end + 1;
    }
    warnings.add("line-wrap: joined lines hard-wrapped at %d columns".formatted(width));
    return out.toString();
  }

  private static boolean carriesAwsError(String text, int start, int end) {
    String line = text.substring(start, end);
    return line.contains("arn:") || line.contains("rror") || line.contains("authorized") || line.contains("s3://")
        || line.contains("Exception") || line.contains("Denied") || line.contains("operation");
  }

  /** {@code on resource: "arn:aws:s3:::bucket/pa\nth/key.txt"}: an ARN never holds a line break. */
  private static String quotedArnWraps(String text, List<String> warnings) {
    int from = 0;
    StringBuilder out = null;
    int copied = 0;
    while (true) {
      int q = text.indexOf("\"arn:", from);
      if (q < 0) break;
      int limit = Math.min(text.length(), q + 4096);
      int lineEnd = indexOf(text, '\n', q, limit);
      int close = indexOf(text, '"', q + 1, limit);
      if (lineEnd < 0 || (close >= 0 && close < lineEnd)) {
        from = q + 1;
        continue;
      }
      // The closing quote must follow on the next line, after a break inside the token.
      int nextLineEnd = indexOf(text, '\n', lineEnd + 1, limit);
      if (nextLineEnd < 0) nextLineEnd = limit;
      boolean joinable = close > lineEnd && close < nextLineEnd && lineEnd > q + 5
          && !Character.isWhitespace(text.charAt(lineEnd - 1))
          && lineEnd + 1 < text.length() && !Character.isWhitespace(text.charAt(lineEnd + 1))
          && text.substring(lineEnd + 1, close).indexOf(' ') < 0;
      if (!joinable) {
        from = q + 1;
        continue;
      }
      if (out == null) out = new StringBuilder(text.length());
      out.append(text, copied, lineEnd);
      copied = lineEnd + 1;
      from = close + 1;
    }
    if (out == null) return text;
    out.append(text, copied, text.length());
    warnings.add("line-wrap: joined a line break inside a quoted ARN");
    return out.toString();
  }

  /** {@code String.indexOf} that gives up at {@code limit}, so that no scan can grow with the paste. */
  static int indexOf(String s, char c, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (s.charAt(i) == c) return i;
    }
    return -1;
  }
}
