package dev.s3403.prompts;

import java.util.List;

/**
 * The words shown for a diagnosis, and where they came from.
 *
 * @param questionIds the questions to ask next, chosen among the diagnosis's own (all of them, in order, for the
 *     plain phrasing)
 * @param fallback why the model's answer was not used; null when it was, or when no model is configured
 */
public record Phrasing(String text, List<String> questionIds, Source source, Fallback fallback) {
  public Phrasing {
    questionIds = List.copyOf(questionIds);
  }

  public enum Source { MODEL, PLAIN }

  /** Why the plain phrasing stood in for the model. */
  public record Fallback(Kind kind, String reason) {}

  /** The metric label of each way a model answer can fail. */
  public enum Kind {
    REJECTED, MALFORMED, TIMEOUT, ERROR;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
