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
  /** IAM actions and condition keys: `s3:PutObject`, `aws:SourceVpce`, `s3:x-amz-acl`. */
  private static final Pattern ACTION = Pattern.compile("\\b(?:s3|s3express|kms|iam|sts|ec2|organizations|s3-object-lambda|aws):[A-Za-z*][A-Za-z0-9*/_-]*\\b");
  private static final Pattern BUCKET_URL = Pattern.compile("s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])");
  /** A name after or before the word bucket; only names with a digit, a dot or a hyphen, so "your bucket" is no name. */
  private static final Pattern BUCKET_AFTER = Pattern.compile(
      "(?i)\\bbucket\\s+(?:named\\s+|called\\s+)?[`'\"]?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])");
  private static final Pattern BUCKET_BEFORE = Pattern.compile("(?i)\\b([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])[`'\"]?\\s+bucket\\b");
  /** A statement id or policy name: an identifier after the word, with a capital inside, a digit, _ or -. */
  private static final Pattern STATEMENT = Pattern.compile(
      "(?i)\\b(?:statement|sid|policy)\\s+(?:named\\s+|called\\s+|id\\s+)?[`'\"]?([A-Za-z0-9_+=,.@-]{3,})");
  private static final Pattern QUOTED = Pattern.compile("`([^`\\s]{3,})`");
  private static final Pattern COMMAND = Pattern.compile("(?m)(^\\s*\\$\\s|^\\s*aws\\s+[a-z0-9-]+\\s+[a-z0-9-]+|```|\\baws (s3api|s3control|iam|kms|sts|s3|organizations|ec2) [a-z-]+)");
  private static final Pattern POLICY_JSON = Pattern.compile("\"(Statement|Effect|Principal|Version)\"\\s*:");

  private Guard() {}

  /** Whether an answer may be shown. */
  public sealed interface Verdict {
    record Accepted() implements Verdict {}

    record Rejected(String reason) implements Verdict {}
  }

  /** How strict to be beyond the common rules. */
  public enum Use {
    /** The explanation of a diagnosis: it has no reason to bring up a layer the diagnosis never mentions. */
    EXPLAIN,
    /** An answer to a free question, which may explain a layer the diagnosis does not mention. */
    FOLLOW_UP,
    /** A reply for a customer: also no account id or ARN at all, ours or theirs. */
    CUSTOMER
  }

  public static Verdict check(String answer, Diagnosis d) {
    return check(answer, Facts.of(d), Use.EXPLAIN);
  }

  public static Verdict check(String answer, Facts factsView, Use use) {
    boolean forCustomer = use == Use.CUSTOMER;
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
    if (firstNotIn(BUCKET_URL, answer, facts) != null || firstNotIn(BUCKET_AFTER, answer, facts) != null
        || firstNotIn(BUCKET_BEFORE, answer, facts) != null) {
      return new Verdict.Rejected("the answer names a bucket that is not in the facts");
    }
    String statement = firstNotIn(STATEMENT, answer, facts);
    if (statement != null && looksLikeAnId(statement)) {
      return new Verdict.Rejected("the answer names a statement or policy that is not in the facts");
    }
    // Reasons name the rule, never the model's words: those are what is refused, and they would reach logs and output.
    if (otherCause(answer, factsView.topCause()) != null) {
      return new Verdict.Rejected("the answer presents another cause than the diagnosis's, by id");
    }
    String layer = CauseClaims.find(answer, factsView.view(), facts, use != Use.FOLLOW_UP);
    if (layer != null) return new Verdict.Rejected("the answer presents another cause than the diagnosis's, in words");
    return new Verdict.Accepted();
  }

  /** The first match of the pattern in the answer that the facts do not contain, or null. */
  private static String firstNotIn(Pattern pattern, String answer, String facts) {
    Matcher m = pattern.matcher(answer);
    while (m.find()) {
      String found = firstGroup(m);
      if ((pattern == BUCKET_AFTER || pattern == BUCKET_BEFORE) && !found.matches(".*[0-9.-].*")) continue;
      if (pattern == STATEMENT && !looksLikeAnId(found.replaceAll("[.,:;!?]+$", ""))) continue;
      // A sentence's full stop is not part of the ARN it ends with.
      found = found.replaceAll("[.,:;!?]+$", "");
      if (!facts.contains(found)) return found;
    }
    return null;
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) return m.group(g);
    }
    return m.group();
  }

  /** `DenyOutsideVpce`, `RoutePlansRW`, `s3-403-fix`: not an English word such as "that" or "allows". */
  private static boolean looksLikeAnId(String token) {
    return token.length() >= 3 && (token.substring(1).chars().anyMatch(Character::isUpperCase)
        || token.chars().anyMatch(c -> Character.isDigit(c) || c == '_' || c == '-'));
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
