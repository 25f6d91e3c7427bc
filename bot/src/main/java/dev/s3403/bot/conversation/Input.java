package dev.s3403.bot.conversation;

import java.util.List;
import java.util.Objects;

/** What a message in the conversation was read as. */
public sealed interface Input {
  /**
   * Pasted evidence, merged into the conversation's bundle.
   *
   * @param what what it was read as, such as {@code aws s3api get-bucket-policy output}
   * @param notes what the reading and the merge decided or could not use, one line each
   */
  record Evidence(String what, List<String> notes) implements Input {
    public Evidence {
      Objects.requireNonNull(what);
      notes = List.copyOf(notes);
    }
  }

  /** An answer to one of the diagnosis's questions: its id and one of its options. */
  record Answer(String questionId, String answer) implements Input {
    public Answer {
      Objects.requireNonNull(questionId);
      Objects.requireNonNull(answer);
    }
  }

  /** A new error, which the conversation now diagnoses with the evidence and answers it already has. */
  record NewError() implements Input {}

  /** A free question about the diagnosis, which it leaves as it is. */
  record Question(String text) implements Input {
    public Question {
      Objects.requireNonNull(text);
    }
  }

  /**
   * A message that changed nothing.
   *
   * @param why one line a user can act on: lower-case, no final period, user input in backticks
   */
  record Ignored(String why) implements Input {
    public Ignored {
      Objects.requireNonNull(why);
    }
  }
}
