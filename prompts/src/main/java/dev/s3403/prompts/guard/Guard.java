package dev.s3403.prompts.guard;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.Checks;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.prompts.facts.Facts;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a model's answer against the facts the engine decided, and rejects it when it names an ARN, account,
 * bucket, IAM action, policy, statement or other id that is not in them, presents another cause as the cause,
 * carries commands or policy JSON, or runs too long. The facts are exactly what the model was shown
 * ({@link Facts}): whatever they do not contain, the model made up.
 */
public final class Guard {
  /** Longer answers stop being a summary; the plain phrasing and the details are there for the rest. */
  public static final int MAX_LENGTH = 1500;

  private static final Pattern COMMAND = Pattern.compile("(?m)(^\\s*[$#>]\\s|^\\s*aws\\s+[a-z0-9-]+\\s+[a-z0-9-]+|```"
      + "|\\baws (s3api|s3control|iam|kms|sts|s3|organizations|ec2|cloudtrail|cloudfront|configure|sso|lambda) [a-z-]+"
      + "|\\b(curl|wget|sudo|kubectl|terraform (apply|import|state)|rm -rf|chmod|ssh) |\\bexport [A-Z_]{3,}=|\\bboto3\\.|\\bS3Client\\.)");
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
    if (forCustomer && (NameRules.ARN.matcher(answer).find() || NameRules.ACCOUNT.matcher(answer).find())) {
      return new Verdict.Rejected("the customer reply names an account id or ARN");
    }
    String facts = factsView.json();
    String invented = NameRules.firstInvented(answer, facts);
    if (invented != null) return new Verdict.Rejected("the answer names " + invented + " that is not in the facts");
    // Reasons name the rule, never the model's words: those are what is refused, and they would reach logs and output.
    if (otherCause(answer, factsView.topCause()) != null) {
      return new Verdict.Rejected("the answer presents another cause than the diagnosis's, by id");
    }
    String layer = CauseClaims.find(answer, factsView.view(), facts, use != Use.FOLLOW_UP);
    if (layer != null) return new Verdict.Rejected("the answer presents another cause than the diagnosis's, in words");
    return new Verdict.Accepted();
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
