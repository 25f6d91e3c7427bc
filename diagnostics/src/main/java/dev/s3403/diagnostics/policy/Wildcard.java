package dev.s3403.diagnostics.policy;

/**
 * IAM's {@code *} (any run, empty included) and {@code ?} (one character) wildcards, matched without a regular
 * expression: the pattern is cut at its stars, the first piece must start the text, the last must end it, and
 * each piece between is found at its leftmost place. Leftmost is always safe with only stars between pieces,
 * so nothing is tried twice; {@code *a*a*a*a*a*a*a*b} against 10,000 characters costs a few scans.
 */
public final class Wildcard {
  private Wildcard() {}

  public static boolean matches(String pattern, String text, boolean ignoreCase) {
    int star = pattern.indexOf('*');
    if (star < 0) return pattern.length() == text.length() && pieceAt(pattern, 0, pattern.length(), text, 0, ignoreCase);
    int lastStar = pattern.lastIndexOf('*');
    int headLength = star;
    int tailLength = pattern.length() - lastStar - 1;
    if (headLength + tailLength > text.length()) return false;
    if (!pieceAt(pattern, 0, star, text, 0, ignoreCase)) return false;
    if (!pieceAt(pattern, lastStar + 1, pattern.length(), text, text.length() - tailLength, ignoreCase)) return false;
    int at = headLength;
    int limit = text.length() - tailLength;
    int from = star + 1;
    while (from < lastStar) {
      int next = pattern.indexOf('*', from);
      if (next > from) {   // a piece between two stars: its leftmost place
        int found = find(pattern, from, next, text, at, limit, ignoreCase);
        if (found < 0) return false;
        at = found + (next - from);
      }
      from = next + 1;
    }
    return true;
  }

  /** Where pattern[from, to) first matches text in [at, limit), or -1. */
  private static int find(String pattern, int from, int to, String text, int at, int limit, boolean ignoreCase) {
    int length = to - from;
    for (int i = at; i + length <= limit; i++) {
      if (pieceAt(pattern, from, to, text, i, ignoreCase)) return i;
    }
    return -1;
  }

  private static boolean pieceAt(String pattern, int from, int to, String text, int at, boolean ignoreCase) {
    if (at < 0 || at + (to - from) > text.length()) return false;
    for (int i = from; i < to; i++) {
      char p = pattern.charAt(i);
      char t = text.charAt(at + i - from);
      if (p == '?' || p == t) continue;
      if (ignoreCase && Character.toLowerCase(p) == Character.toLowerCase(t)) continue;
      return false;
    }
    return true;
  }
}
