package dev.s3403.diagnostics.eval.cases;

import dev.s3403.diagnostics.eval.AccessEvaluator;
import dev.s3403.diagnostics.eval.ContextDerivation;
import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.RequestContext;
import dev.s3403.diagnostics.eval.TypeOutcome;
import dev.s3403.diagnostics.policy.PolicyProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers the cases of {@code spec/simulation-case.md}: a case whose policies AWS would reject is answered with
 * its problems, any other is evaluated. Preparing a case (deriving the context AWS always sets) happens once, so
 * repeated answers do nothing but evaluate.
 */
public final class Simulator {
  private Simulator() {}

  /** A case ready to answer: the context it is evaluated in, and the keys derivation added to it. */
  public record Prepared(SimulationCase simulationCase, RequestContext context, Map<String, String> derived) {}

  /** What a case came to. */
  public sealed interface Answer {
    /** The engine decided. */
    record Evaluated(Decision decision) implements Answer {}

    /** The case cannot be decided: AWS would reject a policy, or the case itself is incomplete. */
    record Failed(List<String> messages) implements Answer {
      public Failed {
        messages = List.copyOf(messages);
      }
    }
  }

  public static Prepared prepare(SimulationCase c) {
    if (!c.problems().isEmpty() || !c.deriveContext()) return new Prepared(c, c.context(), Map.of());
    var derived = ContextDerivation.derive(c.caller(), c.resourceAccount(), c.context());
    return new Prepared(c, derived.context(), derived.added());
  }

  public static Answer answer(Prepared p) {
    SimulationCase c = p.simulationCase();
    if (!c.problems().isEmpty()) return new Answer.Failed(c.problems().stream().map(PolicyProblem::message).toList());
    Decision d = AccessEvaluator.evaluate(c.caller(), c.action(), c.resource(), c.resourceAccount(), p.context(),
        c.policies());
    if (d.verdict() == Decision.Verdict.UNKNOWN) {
      // Only an operator the reader let through but the evaluator cannot decide gets here; say which.
      return new Answer.Failed(d.perType().values().stream()
          .filter(TypeOutcome.Unknown.class::isInstance).map(o -> "cannot be decided: " + ((TypeOutcome.Unknown) o).why())
          .toList());
    }
    return new Answer.Evaluated(d);
  }

  /** The decision as the result names it: {@code Allowed}, {@code ExplicitlyDenied}, {@code ImplicitlyDenied}, {@code Error}. */
  public static String decisionName(Answer answer) {
    return switch (answer) {
      case Answer.Failed f -> "Error";
      case Answer.Evaluated e -> verdictName(e.decision().verdict());
    };
  }

  static String verdictName(Decision.Verdict verdict) {
    return switch (verdict) {
      case ALLOWED -> "Allowed";
      case EXPLICITLY_DENIED -> "ExplicitlyDenied";
      case IMPLICITLY_DENIED -> "ImplicitlyDenied";
      case UNKNOWN -> "Error";
    };
  }

  /** The policy types that blocked the request, by their wire names, sorted. */
  public static Set<String> deniedBy(Answer answer) {
    Set<String> out = new TreeSet<>();
    if (answer instanceof Answer.Evaluated e) {
      for (PolicyType t : e.decision().deniedBy()) out.add(t.wireName());
    }
    return out;
  }

  /**
   * Whether the answer is what the case expects, or null when it expects nothing. {@code Denied} accepts either
   * deny; an expected {@code deniedBy} must name the same types, in any order.
   */
  public static Boolean matches(SimulationCase c, Answer answer) {
    String expected = c.expectedDecision();
    if (expected == null) return null;
    String got = decisionName(answer);
    boolean decisionOk = expected.equals(got) || expected.equals("Denied") && got.endsWith("Denied");
    if (!decisionOk || c.expectedDeniedBy() == null || got.equals("Error")) return decisionOk;
    return new TreeSet<>(c.expectedDeniedBy()).equals(deniedBy(answer));
  }
}
