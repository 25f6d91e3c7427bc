package dev.s3403.diagnostics.evidence.paste;

import dev.s3403.diagnostics.evidence.Bundle;
import java.util.List;
import java.util.Objects;

/** What a paste turned out to be: the output of a command s3-403 reads, as evidence, or not that. */
public sealed interface Recognition {
  /** Longer notes are cut: a reason is read in a chat thread. */
  int MAX_LINE = 400;

  /**
   * A recognized output, as a bundle to merge with {@code Evidence.merge(known, evidence)}.
   *
   * @param command the command whose output it is, as a user would type it ({@code aws s3api get-bucket-policy})
   * @param evidence only what the output says; everything else is unknown
   * @param notes what the reading decided or could not use, one line each: lower-case, no final period
   */
  record Recognized(String command, Bundle evidence, List<String> notes) implements Recognition {
    public Recognized {
      Objects.requireNonNull(command);
      Objects.requireNonNull(evidence);
      notes = notes.stream().map(Recognition::oneLine).toList();
    }
  }

  /**
   * Not the output of a command s3-403 reads, or one whose subject (which bucket, which role) nobody said.
   *
   * @param why one line a user can act on, such as {@code a bucket policy, but for which bucket? paste the command
   *     line too}
   */
  record NotRecognized(String why) implements Recognition {
    public NotRecognized {
      why = oneLine(Objects.requireNonNull(why));
    }
  }

  /**
   * A note or reason on one line and of a readable length, whatever pasted values it quotes: a damaged paste can put
   * a line break or a whole document inside an ARN.
   */
  private static String oneLine(String text) {
    String line = text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 1) + "\u2026";
  }
}
