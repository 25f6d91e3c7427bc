package dev.s3403.prompts.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The slips a reviewer would circle in a phrased text, found mechanically so every golden text is checked for them. */
final class Reading {
  private static final Pattern DOUBLED_WORD = Pattern.compile("(?i)\\b(\\w+) \\1\\b");
  private static final Pattern LOWER_START = Pattern.compile("[.?!] +([^A-Z\"0-9])");
  private static final Pattern EMPTY_SENTENCE = Pattern.compile("[.;:,] *[.;:,]|\\( *\\)|\\.\\.");
  private static final Pattern CODE = Pattern.compile("`[^`]*`");
  private static final Pattern BAD_AGREEMENT = Pattern.compile("\\bpolicies (does|is|has)\\b");

  private Reading() {}

  /** What reads wrong in the text; empty when nothing does. */
  static List<String> problems(String text) {
    List<String> out = new ArrayList<>();
    if (text.isBlank()) out.add("the text is empty");
    // Code spans (ARNs with their "::", actions) are names, not prose.
    String prose = CODE.matcher(text).replaceAll("`code`");
    find(out, DOUBLED_WORD, prose, "doubled word");
    find(out, LOWER_START, prose, "sentence starts in lower case");
    find(out, EMPTY_SENTENCE, prose, "empty sentence or clause");
    find(out, BAD_AGREEMENT, prose, "plural subject with a singular verb");
    if (text.contains("  ")) out.add("double space");
    for (String line : text.split("\n", -1)) {
      if (!line.equals(line.stripTrailing())) out.add("trailing space: " + line);
      if (!line.isEmpty() && !Character.isUpperCase(line.charAt(0))) out.add("line starts in lower case: " + line);
    }
    return out;
  }

  private static void find(List<String> out, Pattern p, String text, String what) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 30);
      out.add(what + ": …" + text.substring(from, Math.min(text.length(), m.end() + 30)) + "…");
    }
  }
}
