package dev.s3403.bot.conversation;

import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Question;
import dev.s3403.prompts.Phraser;
import dev.s3403.prompts.Phrasing;
import dev.s3403.prompts.Task;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A conversation about one denied request: it starts with a pasted error and is sharpened by replies (pasted
 * outputs, answers, new errors, free questions), each re-diagnosed and phrased. Knows nothing of Slack or HTTP; the
 * model is asked only through the {@link Phraser}, and never while replaying a thread.
 */
public final class ConversationEngine {
  private final Phraser phraser;
  private final Replies replies = new Replies();

  public ConversationEngine(Phraser phraser) {
    this.phraser = Objects.requireNonNull(phraser);
  }

  /** The first message, the pasted error: diagnosed with no evidence and explained. */
  public Turn start(String text) {
    Conversation c = replies.start(text, Map.of());
    return new Turn(c, new Input.NewError(), phraser.phrase(Task.EXPLAIN, c.diagnosis(), c.errorText()),
        Changes.between(null, c.diagnosis()));
  }

  /**
   * A reply in the thread, read as an answer, pasted evidence, a new error or a free question (in that order); a free
   * question is answered about the diagnosis as it stands, the others are re-diagnosed and explained.
   */
  public Turn reply(Conversation c, String text) {
    return turn(c, replies.read(c, text));
  }

  /** A button click: an answer to one of the questions, recorded in the inputs as {@code question-id: answer}. */
  public Turn answer(Conversation c, String questionId, String answer) {
    return turn(c, replies.answer(c, questionId, answer));
  }

  /** A whole bundle of evidence (a live collection, an uploaded file) added to the conversation and explained. */
  public Turn evidence(Conversation c, Bundle given, String what) {
    return turn(c, replies.evidence(c, given, what));
  }

  /** A reply a support engineer can send to the customer who reported the error. */
  public Phrasing customerReply(Conversation c) {
    return phraser.phrase(Task.CUSTOMER_REPLY, c.diagnosis(), c.errorText());
  }

  /**
   * Rebuild a conversation from what the thread holds, without asking the model (after a restart): the error
   * diagnosed with the answers, then each later message read as {@link #reply} reads it. Answers to unknown questions
   * or with unknown options are dropped; a null anywhere reads as nothing.
   *
   * @param laterUserMessages the user's messages after the one that gave {@code errorText}, oldest first
   */
  public Conversation replay(String errorText, Map<String, String> answers, List<String> laterUserMessages) {
    Conversation c = replies.start(errorText, Answers.usable(answers));
    if (laterUserMessages == null) return c;
    for (String message : laterUserMessages) c = replies.read(c, message).after();
    return c;
  }

  private Turn turn(Conversation before, Replies.Step step) {
    Conversation after = step.after();
    String said = after.inputs().getLast();
    Phrasing phrasing = switch (step.input()) {
      case Input.Evidence e -> phraser.phrase(Task.EXPLAIN, after.diagnosis(), said);
      case Input.Answer a -> phraser.phrase(Task.EXPLAIN, after.diagnosis(), said);
      case Input.NewError n -> phraser.phrase(Task.EXPLAIN, after.diagnosis(), said);
      case Input.Question q -> phraser.phrase(Task.FOLLOW_UP, after.diagnosis(), q.text());
      case Input.Ignored i -> ignored(i, after.diagnosis());
    };
    return new Turn(after, step.input(), phrasing, Changes.between(before.diagnosis(), after.diagnosis()));
  }

  /** Why nothing changed, in plain words and without the model; the open questions stay open. */
  private static Phrasing ignored(Input.Ignored i, Diagnosis d) {
    return new Phrasing("Nothing changed: " + i.why() + ".", d.questions().stream().map(Question::id).toList(),
        Phrasing.Source.PLAIN, null);
  }
}
