package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.diagnosis.Fix;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "how" of a fix as words: one sentence from its summary, without the commands, placeholders and policy JSON
 * that the details show elsewhere. Summaries come in two shapes: the engine's own (lower-case, imperative, with
 * the real names) and the first step of the cause's page ("The bucket owner narrows the Deny, …").
 */
final class FixWords {
  /** The engine's fix when the evidence lacks the policy to change (Steps.none). */
  static final String NO_POLICY = "the evidence does not hold the policy to change";

  private static final Pattern ALTERNATIVE = Pattern.compile(
      "; or, only if the exception is intended, exempt this request from (.+)$");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=[A-Z])");
  private static final Pattern COMMAND = Pattern.compile(
      "\\baws [a-z0-9-]+ [a-z0-9-]+|(?<![\\w-])--[a-z]|\\bunset [A-Z_]|<[a-z-]+>|\\b[A-Z][A-Z_]{2,}=");
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");
  private static final Pattern LABEL = Pattern.compile(
      "^(?:Recommended(?:, by the [a-z ]+)?|Preferred|Usually the fix is on the client|Private bucket|Key owner): (?=[a-z])");
  private static final String VERBS = "adds|allows|corrects|creates|delegates|deletes|grants|moves|narrows|removes|resolves"
      + "|restores|sends|switches|updates|writes";
  private static final Pattern SUBJECT = Pattern.compile("^(?:The|An|A) (?:(?!\\bthat\\b)[^,:(;])+? (" + VERBS + ")\\b");
  private static final Pattern COORDINATED = Pattern.compile("(, or |, and | or | and |, then )(" + VERBS + ")\\b");
  private static final Pattern PRINCIPAL_JSON = Pattern.compile("\\{\"(AWS|Service|CanonicalUser|Federated)\":\\s*\"([^\"]+)\"}");

  private FixWords() {}

  /**
   * The fix as a clause to follow "… can fix it: " (lower-case start), or as a sentence of its own when it keeps a
   * subject ({@link #isSentence}); null when there is no fix or nothing readable is left of it.
   */
  static String how(Fix fix) {
    if (fix == null || fix.summary() == null || fix.summary().isBlank()) return null;
    String s = fix.summary().strip();
    if (s.startsWith(NO_POLICY)) return null;
    s = s.replace(" (the patch below)", "");
    s = ALTERNATIVE.matcher(s).replaceFirst("; or, if an exception for this request is intended, it can be exempted from $1");
    s = SENTENCE_END.split(s, 2)[0];
    s = withoutCommands(s);
    if (s == null) return null;
    s = LABEL.matcher(s).replaceFirst("");
    s = imperative(s);
    s = principals(s);
    s = Prose.backtickNames(s);
    s = firstColonAsDash(s);
    s = s.replaceAll("[.:;,\\s]+$", "");
    return isSentence(s) ? s : Prose.decapitalize(s);
  }

  /** Whether {@link #how} kept a subject, so it reads as its own sentence rather than after a colon. */
  static boolean isSentence(String how) {
    return how != null && how.matches("^(The|An|A) .*");
  }

  /** The fix without its alternative exemption (the customer's side never takes that route). */
  static String withoutAlternative(String how) {
    if (how == null) return null;
    int at = how.indexOf("; or, if an exception for this request is intended");
    return at < 0 ? how : how.substring(0, at);
  }

  /** Drops parenthesized commands; if a command is left, keeps what comes before the first colon, if anything. */
  private static String withoutCommands(String s) {
    if (!COMMAND.matcher(s).find()) return s;
    Matcher m = PARENTHESES.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, COMMAND.matcher(m.group()).find() ? "" : Matcher.quoteReplacement(m.group()));
    m.appendTail(out);
    String left = out.toString();
    if (!COMMAND.matcher(left).find()) return left;
    int colon = left.indexOf(": ");
    if (colon < 0 || left.substring(0, colon).split(" ").length < 3) return null;
    return left.substring(0, colon);
  }

  /** "The bucket owner narrows the Deny, or adds …" to "narrow the Deny, or add …"; other sentences unchanged. */
  private static String imperative(String s) {
    Matcher subject = SUBJECT.matcher(s);
    if (!subject.find()) return s;
    String rest = base(subject.group(1)) + s.substring(subject.end());
    Matcher more = COORDINATED.matcher(rest);
    StringBuilder out = new StringBuilder();
    while (more.find()) more.appendReplacement(out, Matcher.quoteReplacement(more.group(1) + base(more.group(2))));
    more.appendTail(out);
    // The subject is gone, so "it" has nothing to stand for: "add the canned ACL (this also needs …)".
    return out.toString().replace("(it also needs", "(this also needs");
  }

  private static String base(String verb) {
    return verb.matches(".*(ches|shes|sses|xes)") ? verb.substring(0, verb.length() - 2) : verb.substring(0, verb.length() - 1);
  }

  /** {@code {"AWS":"arn:…"}} to {@code `arn:…`}, {@code {"Service":"x"}} to "the service `x`": no JSON in prose. */
  private static String principals(String s) {
    Matcher m = PRINCIPAL_JSON.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String words = m.group(1).equals("Service") ? "the service `" + m.group(2) + "`" : "`" + m.group(2) + "`";
      m.appendReplacement(out, Matcher.quoteReplacement(words));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A colon outside parentheses becomes a dash, so the fix can follow "… can fix it: " without a second colon. */
  private static String firstColonAsDash(String s) {
    int depth = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') depth++;
      if (c == ')') depth--;
      if (c == ':' && s.charAt(i + 1) == ' ' && depth == 0) return s.substring(0, i) + " —" + s.substring(i + 1);
    }
    return s;
  }
}
