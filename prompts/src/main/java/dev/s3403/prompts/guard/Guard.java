package dev.s3403.prompts.guard;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.Checks;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.prompts.facts.Facts;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's answer against the facts the engine decided, and rejects it when it names an ARN, account,
 * IAM action or statement that is not in them, presents another cause as the cause, carries commands or policy
 * JSON, or runs too long. The facts are the diagnosis's own JSON: whatever it does not contain, the model made up.
 */
public final class Guard {
  /** Longer answers stop being a summary; the plain phrasing and the details are there for the rest. */
  public static final int MAX_LENGTH = 1500;

  private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\\d{0,12}:[^\\s\"'`),;]+");
  private static final Pattern ACCOUNT = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
  private static final Pattern ACTION = Pattern.compile("\\b(s3|s3express|kms|iam|sts|ec2|organizations|s3-object-lambda):[A-Za-z*]+\\b");
  private static final Pattern QUOTED = Pattern.compile("`([^`\\s]{3,})`");
  private static final Pattern COMMAND = Pattern.compile("(?m)(^\\s*\\$\\s|^\\s*aws\\s+[a-z0-9-]+\\s+[a-z0-9-]+|```|\\baws (s3api|s3control|iam|kms|sts|s3|organizations|ec2) [a-z-]+)");
  private static final Pattern POLICY_JSON = Pattern.compile("\"(Statement|Effect|Principal|Version)\"\\s*:");

  private Guard() {}

  /** Whether an answer may be shown. */
  public sealed interface Verdict {
    record Accepted() implements Verdict {}

    record Rejected(String reason) implements Verdict {}
  }

  public static Verdict check(String answer, Diagnosis d) {
    return check(answer, Facts.of(d), false);
  }

  /**
   * @param forCustomer a reply for a customer, which names no account id or ARN at all: those are ours or theirs,
   *     and either way a support reply does not need them
   */
  public static Verdict check(String answer, Facts factsView, boolean forCustomer) {
    if (answer == null || answer.isBlank()) return new Verdict.Rejected("the answer is empty");
    if (answer.length() > MAX_LENGTH) return new Verdict.Rejected("the answer is longer than " + MAX_LENGTH + " characters");
    if (COMMAND.matcher(answer).find()) return new Verdict.Rejected("the answer contains a command");
    if (POLICY_JSON.matcher(answer).find()) return new Verdict.Rejected("the answer contains policy JSON");
    if (forCustomer && (ARN.matcher(answer).find() || ACCOUNT.matcher(answer).find())) {
      return new Verdict.Rejected("the customer reply names an account id or ARN");
    }
    String facts = factsView.json();
    String invented = firstNotIn(ARN, answer, facts);
    if (invented != null) return new Verdict.Rejected("the answer names an ARN that is not in the facts");
    if (firstNotIn(ACCOUNT, answer, facts) != null) return new Verdict.Rejected("the answer names an account that is not in the facts");
    if (firstNotIn(ACTION, answer, facts) != null) return new Verdict.Rejected("the answer names an IAM action that is not in the facts");
    if (firstNotIn(QUOTED, answer, facts) != null) {
      return new Verdict.Rejected("the answer quotes a name (bucket, policy, statement) that is not in the facts");
    }
    String other = otherCause(answer, factsView.topCause());
    if (other != null) return new Verdict.Rejected("the answer presents another cause (" + other + ") than the diagnosis's");
    return new Verdict.Accepted();
  }

  /** The first match of the pattern in the answer that the facts do not contain, or null. */
  private static String firstNotIn(Pattern pattern, String answer, String facts) {
    Matcher m = pattern.matcher(answer);
    while (m.find()) {
      String found = m.groupCount() >= 1 && pattern == QUOTED ? m.group(1) : m.group();
      // A sentence's full stop is not part of the ARN it ends with.
      found = found.replaceAll("[.,:;!?]+$", "");
      if (!facts.contains(found)) return found;
    }
    return null;
  }

  /**
   * A root cause the answer names (by id or title) that is not the top cause, while it does not name the top
   * cause: the model swapped the cause.
   */
  private static String otherCause(String answer, String topId) {
    if (topId == null) return null;
    String lower = answer.toLowerCase(Locale.ROOT);
    boolean namesTop = lower.contains(topId) || lower.contains(Checks.byId(topId).info().title().toLowerCase(Locale.ROOT));
    for (Check c : Checks.all()) {
      String id = c.info().id();
      if (id.equals(topId)) continue;
      if (lower.contains(id) && !namesTop) return id;
    }
    return null;
  }
}
