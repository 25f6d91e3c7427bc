package dev.s3403.diagnostics.parse;

/**
 * Line boundaries found with a bound. {@code lastIndexOf('\n', at)} on a paste that is one enormous line scans
 * back to its start for every occurrence of a trigger, which makes a linear reader quadratic.
 */
final class Lines {
  /** Far longer than any line a framing spans. */
  static final int LIMIT = 4000;

  private Lines() {}

  /** The start of the line holding {@code at}, or {@code at - LIMIT} when the line is longer than that. */
  static int startBefore(String text, int at) {
    int stop = Math.max(0, at - LIMIT);
    for (int i = Math.min(at, text.length()); i > stop; i--) {
      if (text.charAt(i - 1) == '\n') return i;
    }
    return stop;
  }

  /** The index of the line break before {@code at} (at most LIMIT back), or -1. */
  static int breakBefore(String text, int at) {
    int stop = Math.max(0, at - LIMIT);
    for (int i = Math.min(at, text.length() - 1); i >= stop; i--) {
      if (i >= 0 && text.charAt(i) == '\n') return i;
    }
    return -1;
  }
}
