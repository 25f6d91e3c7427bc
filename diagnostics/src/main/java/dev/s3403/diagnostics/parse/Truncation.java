package dev.s3403.diagnostics.parse;

import dev.s3403.diagnostics.parse.Occurrences.Occurrence;

/**
 * Whether a paste was cut off inside its error, and so which values may be cut too. A value that runs to the
 * very end of a cut paste is not reported: {@code s3:GetOb} is not an action.
 */
record Truncation(boolean detected, String tail) {

  static Truncation of(String text, Occurrence primary) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    String stripped = end == text.length() ? text : text.substring(0, end);
    boolean cut = stripped.endsWith("...") || stripped.endsWith("…") || stripped.endsWith("[truncated]")
        || stripped.endsWith("(truncated)");
    int error = primary.hit().code() == null && primary.hit().message() == null ? -1 : stripped.lastIndexOf("<Error>");
    if (error >= 0 && stripped.indexOf("</Error>", error) < 0) cut = true;
    DenialClause c = primary.clause();
    if (c != null && c.action() != null && c.resourceArn() == null && c.denyType() == null && c.context() == null
        && c.end() >= stripped.length() - 1 && !Operations.isKnownAction(c.action())) {
      cut = true;
    }
    if (c != null && "implicit".equals(c.denyType()) && c.end() >= stripped.length() - 2
        && !text.substring(c.start(), c.end()).endsWith("action")) {
      cut = true;   // "because no resource-based policy" and nothing after: the sentence was cut
    }
    int quote = c == null ? -1 : stripped.lastIndexOf("resource: \"");
    if (quote >= 0 && stripped.indexOf('"', quote + 11) < 0) cut = true;
    int lastLine = stripped.lastIndexOf('\n') + 1;
    String last = stripped.substring(lastLine);
    if (unbalanced(last, '\'') || unbalanced(last, '"') || count(last, '(') > count(last, ')')) cut = true;
    return new Truncation(cut, stripped);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) n++;
    }
    return n;
  }

  private static boolean unbalanced(String line, char quote) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      // An apostrophe inside a word ("don't") is not a quote.
      boolean inWord = quote == '\'' && i > 0 && i + 1 < line.length() && Character.isLetter(line.charAt(i - 1))
          && Character.isLetter(line.charAt(i + 1));
      if (ch == quote && !inWord) n++;
    }
    return n % 2 == 1;
  }

  /** The value, unless the paste was cut and the value is what the cut left at its end. */
  String keep(String value) {
    if (!detected || value == null) return value;
    String t = tail.endsWith("...") ? tail.substring(0, tail.length() - 3) : tail.endsWith("…")
        ? tail.substring(0, tail.length() - 1) : tail;
    return t.endsWith(value) || t.endsWith(value + "\"") ? null : value;
  }
}
