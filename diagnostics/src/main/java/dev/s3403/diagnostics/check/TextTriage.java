package dev.s3403.diagnostics.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the root causes from the pasted text alone (taxonomy §5.1), for when there is no evidence yet: what the
 * text decides first, then what it makes likely, then what it leaves possible; within each, the more common
 * cause first (taxonomy §6), then the taxonomy's order.
 */
public final class TextTriage {
  private TextTriage() {}

  /** One cause the text points at. */
  public record Candidate(CheckInfo info, Likelihood likelihood) {}

  public static List<Candidate> rank(TextClues text) {
    List<Candidate> out = new ArrayList<>();
    for (Check check : Checks.all()) {
      Likelihood l = check.fromText(text);
      if (l != Likelihood.NONE) out.add(new Candidate(check.info(), l));
    }
    // A stable sort keeps the taxonomy's order among equals.
    out.sort(Comparator.comparing((Candidate c) -> c.likelihood()).reversed()
        .thenComparingInt(c -> c.info().commonness()));
    return List.copyOf(out);
  }
}
