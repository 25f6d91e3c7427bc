package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.parse.ParsedError;
import dev.s3403.diagnostics.resolve.ActionEvaluator;
import dev.s3403.diagnostics.resolve.RequestDecision;
import dev.s3403.diagnostics.resolve.ResolvedRequest;
import java.util.List;

/**
 * What the engine concluded about one denied request (spec/cli.md, "diagnose JSON").
 *
 * @param causes confirmed, likely and possible causes, most certain and most specific first
 * @param ruledOut causes the evidence excludes, each with why
 * @param unchecked evidence that was missing for a certain answer (JSON pointers into the bundle)
 * @param questions what would settle the causes still open, most useful first
 */
public record Diagnosis(ParsedError parsed, ResolvedRequest request, RequestDecision decision,
    List<ActionEvaluator.Outcome> outcomes, List<Cause> causes, List<RuledOut> ruledOut, List<String> unchecked,
    List<String> problems, List<Question> questions) {

  public Diagnosis {
    outcomes = List.copyOf(outcomes);
    causes = List.copyOf(causes);
    ruledOut = List.copyOf(ruledOut);
    unchecked = List.copyOf(unchecked);
    problems = List.copyOf(problems);
    questions = List.copyOf(questions);
  }

  /** A cause the evidence excludes. */
  public record RuledOut(String id, String why) {}

  /** The first cause, or null when nothing points anywhere. */
  public Cause top() {
    return causes.isEmpty() ? null : causes.getFirst();
  }
}
