package dev.s3403.diagnostics.resolve;

import dev.s3403.diagnostics.eval.Decision.Verdict;
import java.util.List;

/**
 * The decision over every action a request needs (spec/cli.md, "diagnose JSON"): an explicit deny of any action
 * denies explicitly; a certain implicit deny of any denies implicitly; anything the evidence cannot settle leaves
 * it undetermined; otherwise it is allowed.
 */
public enum RequestDecision {
  ALLOWED("Allowed"), EXPLICITLY_DENIED("ExplicitlyDenied"), IMPLICITLY_DENIED("ImplicitlyDenied"),
  UNDETERMINED("Undetermined");

  private final String wireName;

  RequestDecision(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static RequestDecision of(List<ActionEvaluator.Outcome> outcomes, boolean conditionalUnsettled) {
    if (outcomes.isEmpty()) return UNDETERMINED;
    if (outcomes.stream().anyMatch(o -> o.decision().verdict() == Verdict.EXPLICITLY_DENIED)) return EXPLICITLY_DENIED;
    if (outcomes.stream().anyMatch(o -> o.certain() && o.decision().verdict() == Verdict.IMPLICITLY_DENIED)) {
      return IMPLICITLY_DENIED;
    }
    if (conditionalUnsettled || outcomes.stream().anyMatch(o -> !o.certain() || o.decision().verdict() == Verdict.UNKNOWN)) {
      return UNDETERMINED;
    }
    return ALLOWED;
  }
}
