package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.check.Status;
import java.util.stream.Collectors;

/**
 * The plain-language summary a person reads first: the headline cause in one sentence, why, who can fix it, and
 * what else blocks. Deterministic; a language model may rephrase it later, never replace it.
 */
public final class Explanation {
  private Explanation() {}

  public static String plain(Diagnosis d) {
    Cause top = d.top();
    if (top == null) {
      return d.parsed().isAccessDenied()
          ? "Nothing in the text or the evidence points at a cause yet; the questions below would narrow it down."
          : "This text does not report an access denial.";
    }
    StringBuilder out = new StringBuilder();
    String certainty = switch (top.status()) {
      case CONFIRMED -> "The request was denied because ";
      case LIKELY -> "Most likely, the request was denied because ";
      case POSSIBLE, RULED_OUT, SILENT -> "One possible reason: ";
    };
    out.append(certainty).append(top.info().title()).append('.');
    if (!top.fromText() && !top.detail().isBlank()) out.append(' ').append(capitalize(top.detail())).append('.');
    String owner = Owners.of(d, top.info().owner());
    out.append(owner.equals("caller") ? " You can fix this yourself." : " The fix is for " + (owner.matches("\\d{12}")
        ? "an administrator of account " + owner : "the " + owner) + ".");
    String others = d.causes().stream().skip(1).filter(c -> c.status() == Status.CONFIRMED)
        .map(c -> c.info().title()).collect(Collectors.joining("; "));
    if (!others.isEmpty()) out.append(" Also blocking: ").append(others).append('.');
    return out.toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
