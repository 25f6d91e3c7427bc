package dev.s3403.diagnostics.evidence.paste;

import dev.s3403.diagnostics.evidence.Bundle;
import java.util.List;
import java.util.Objects;

/** What a paste turned out to be: the output of a command s3-403 reads, as evidence, or not that. */
public sealed interface Recognition {

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
      notes = List.copyOf(notes);
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
      Objects.requireNonNull(why);
    }
  }
}
