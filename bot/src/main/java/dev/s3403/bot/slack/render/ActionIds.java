package dev.s3403.bot.slack.render;

/** The {@code action_id}s of our buttons: the contract between the rendered messages and the Slack listeners. */
public final class ActionIds {
  /** Followed by a number unique within the message; the value is an {@link AnswerValue}. */
  public static final String ANSWER_PREFIX = "s3403_answer_";
  /** Value: the top cause id, or {@link #NO_CAUSE}. */
  public static final String CUSTOMER_REPLY = "s3403_customer_reply";
  /** Value: the top cause id, or {@link #NO_CAUSE}. */
  public static final String FEEDBACK_RIGHT = "s3403_feedback_right";
  /** Value: the top cause id, or {@link #NO_CAUSE}. */
  public static final String FEEDBACK_WRONG = "s3403_feedback_wrong";
  /** Value: the account id the live checks would read; offered only where the channel is mapped to it. */
  public static final String LIVE_CHECK = "s3403_live_check";
  /** The value of the parent's buttons when no cause stands out. */
  public static final String NO_CAUSE = "none";

  private ActionIds() {}

  /** True for the action id of an answer button. */
  public static boolean isAnswer(String actionId) {
    return actionId != null && actionId.startsWith(ANSWER_PREFIX);
  }
}
