package dev.s3403.diagnostics.eval;

/** Whether one condition key under one operator holds for a request, and why not when it doesn't. */
public sealed interface ConditionResult {

  /** The condition holds. */
  record Met() implements ConditionResult {}

  /**
   * The condition does not hold.
   *
   * @param key the key as written in the policy
   * @param why lower-case fragment, user input in backticks, e.g. "`aws:SourceIp` `203.0.113.7` is not in `10.0.0.0/8`"
   */
  record NotMet(String key, String why) implements ConditionResult {}

  /**
   * The operator is not one this evaluator knows, so the outcome is unknown rather than guessed.
   *
   * @param operator the operator as given, e.g. {@code StringMatchesRegex}
   */
  record Unsupported(String operator, String why) implements ConditionResult {}
}
