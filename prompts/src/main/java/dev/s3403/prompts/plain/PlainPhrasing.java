package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.diagnosis.Diagnosis;

/**
 * The phrasing of a diagnosis without a language model: what {@code diagnose} prints when none is configured, and
 * what a model's rejected answer falls back to. Deterministic and pure: the same diagnosis gives the same text.
 * Fix commands and policy documents are not part of it; the details render those from the engine.
 */
public final class PlainPhrasing {
  private PlainPhrasing() {}

  /**
   * For an engineer: the top cause with its certainty, why (the statement, setting or key the evidence names),
   * who can fix it and how, the other confirmed causes, and the next question; a paragraph under ~900 characters.
   */
  public static String explain(Diagnosis d) {
    return d == null ? "There is no diagnosis to explain." : Prose.tidy(Explain.of(usable(d)));
  }

  /**
   * For a customer, from a support engineer: what blocks the request, what they or their administrator should
   * change, and what to send back if unsure. No account ids, ARNs, canonical ids, statement names, commands or JSON.
   */
  public static String customerReply(Diagnosis d) {
    return d == null ? "" : Prose.tidy(CustomerReply.of(usable(d)));
  }

  /** The diagnosis without causes that lack their check or status: there is nothing to say about those. */
  private static Diagnosis usable(Diagnosis d) {
    var causes = d.causes().stream().filter(c -> c.info() != null && c.status() != null).toList();
    if (causes.size() == d.causes().size()) return d;
    return new Diagnosis(d.parsed(), d.request(), d.decision(), d.outcomes(), causes, d.ruledOut(), d.unchecked(),
        d.problems(), d.questions());
  }
}
