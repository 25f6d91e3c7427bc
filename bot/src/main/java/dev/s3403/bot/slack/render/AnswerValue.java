package dev.s3403.bot.slack.render;

import java.util.Optional;

/** The value of an answer button, {@code <questionId>=<option>}: question ids never hold "=", options may. */
public record AnswerValue(String questionId, String option) {

  /** The button's value. */
  public String wire() {
    return questionId + "=" + option;
  }

  /** The question and option a button's value names, or empty when it is not one of ours. */
  public static Optional<AnswerValue> parse(String value) {
    if (value == null) return Optional.empty();
    int eq = value.indexOf('=');
    if (eq <= 0) return Optional.empty();
    return Optional.of(new AnswerValue(value.substring(0, eq), value.substring(eq + 1)));
  }
}
