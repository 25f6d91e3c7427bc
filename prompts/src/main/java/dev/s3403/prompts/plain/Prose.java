package dev.s3403.prompts.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers for the plain phrasing: sentences, lists, backticks, and a final tidy pass. */
final class Prose {
  private static final Pattern BARE_ARN = Pattern.compile("(?<![`\\w/-])arn:aws[a-z-]*:[a-z0-9-]+:[^\\s`'\",;()]+");
  private static final Pattern BARE_KEY = Pattern.compile(
      "(?<![`\\w:/-])(?:s3|s3express|kms|iam|sts|aws|ec2|organizations):[A-Za-z][A-Za-z0-9-]*(?![`\\w])|(?<![`\\w-])vpce-[0-9a-f]+(?![`\\w])");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
  private static final Pattern SPACE_BEFORE_STOP = Pattern.compile(" +([.,;:?!])(?=\\s|$)");
  private static final Pattern DOUBLED_STOP = Pattern.compile("([.?!])[.]+(?=\\s|$)");

  private Prose() {}

  /** The sentences, each capitalized and closed, joined by one space; blank ones are left out. */
  static String join(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      String sentence = sentence(s);
      if (!sentence.isEmpty()) out.add(sentence);
    }
    return String.join(" ", out);
  }

  /** One sentence: stripped, its first letter capitalized, ending with a full stop unless it asks. */
  static String sentence(String s) {
    if (s == null) return "";
    String out = s.strip().replaceAll("[,;:]+$", "").strip();
    if (out.isEmpty()) return "";
    if (!out.endsWith(".") && !out.endsWith("?") && !out.endsWith("!")) out += ".";
    return capitalize(out);
  }

  static String capitalize(String s) {
    if (s == null || s.isEmpty() || !Character.isLowerCase(s.charAt(0))) return s == null ? "" : s;
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Lower-cases the first letter unless the first word is an acronym or a name ({@code SDKs}, {@code CloudFront}). */
  static String decapitalize(String s) {
    if (s == null || s.length() < 2 || !Character.isUpperCase(s.charAt(0))) return s == null ? "" : s;
    int end = s.indexOf(' ') < 0 ? s.length() : s.indexOf(' ');
    for (int i = 1; i < end; i++) {
      if (Character.isUpperCase(s.charAt(i))) return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code that a}, {@code that a, or that b}, {@code that a, that b, or that c} (or "and"). */
  static String thatList(List<String> clauses, String conjunction) {
    return list(clauses.stream().map(c -> "that " + c).toList(), conjunction);
  }

  /**
   * {@code a, b, or c}; with semicolons ({@code a; b; or c}) when an item has a comma of its own, so the reader
   * can still tell where one ends.
   */
  static String list(List<String> items, String conjunction) {
    if (items.size() <= 1) return items.isEmpty() ? "" : items.getFirst();
    String separator = items.stream().anyMatch(i -> i.contains(",")) ? "; " : ", ";
    return String.join(separator, items.subList(0, items.size() - 1)) + separator + conjunction + " " + items.getLast();
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String andList(List<String> items) {
    if (items.size() <= 1) return items.isEmpty() ? "" : items.getFirst();
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
  }

  /** Puts ARNs that are not in backticks yet into backticks, as the engine's own texts do. */
  static String backtickArns(String s) {
    Matcher m = BARE_ARN.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String arn = m.group();
      String tail = "";
      while (arn.endsWith(".") || arn.endsWith(":")) {
        tail = arn.charAt(arn.length() - 1) + tail;
        arn = arn.substring(0, arn.length() - 1);
      }
      m.appendReplacement(out, Matcher.quoteReplacement("`" + arn + "`" + tail));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Puts IAM actions, condition keys and endpoint ids into backticks, and ARNs ({@link #backtickArns}). */
  static String backtickNames(String s) {
    return BARE_KEY.matcher(backtickArns(s)).replaceAll(m -> Matcher.quoteReplacement("`" + m.group() + "`"));
  }

  /** Whitespace and punctuation slips that joined fragments leave: runs of spaces, a space before a stop, "..". */
  static String tidy(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String l = SPACES.matcher(line).replaceAll(" ");
      l = SPACE_BEFORE_STOP.matcher(l).replaceAll("$1");
      l = DOUBLED_STOP.matcher(l).replaceAll("$1");
      lines.add(l.strip());
    }
    return String.join("\n", lines).strip();
  }
}
