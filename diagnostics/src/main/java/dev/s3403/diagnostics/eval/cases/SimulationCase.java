package dev.s3403.diagnostics.eval.cases;

import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.eval.PolicySet;
import dev.s3403.diagnostics.eval.RequestContext;
import dev.s3403.diagnostics.policy.PolicyProblem;
import java.util.List;

/**
 * One authorization case of {@code spec/simulation-case.md}, read once.
 *
 * @param problems what AWS would reject in the case's policies; a case with problems is answered with
 *     {@code "decision": "Error"}
 * @param expectedDecision null when the case states no expectation
 */
public record SimulationCase(String id, Caller caller, String action, String resource, String resourceAccount,
    RequestContext context, boolean deriveContext, PolicySet policies, List<PolicyProblem> problems,
    String expectedDecision, List<String> expectedDeniedBy) {

  public SimulationCase {
    problems = List.copyOf(problems);
    expectedDeniedBy = expectedDeniedBy == null ? null : List.copyOf(expectedDeniedBy);
  }
}
