package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.policy.Effect;
import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.PolicyKind;
import dev.s3403.diagnostics.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the policies of one type together: any applying Deny makes the type deny explicitly, otherwise any
 * applying Allow allows, otherwise the type denies implicitly ("Policy evaluation logic", IAM User Guide).
 */
public final class PolicyTypeEvaluator {
  private PolicyTypeEvaluator() {}

  public static TypeOutcome evaluate(List<Policy> policies, Caller caller, String action, String resource,
      RequestContext ctx) {
    List<StatementMatch> trace = new ArrayList<>();
    List<Statement> denies = new ArrayList<>();
    List<Statement> allows = new ArrayList<>();
    String unknownAllow = null;
    String unknownDeny = null;
    for (Policy policy : policies) {
      for (Statement s : policy.statements()) {
        StatementMatch m = StatementMatcher.match(s, caller, action, resource, ctx, policy.expandsVariables(),
            policy.kind() != PolicyKind.KEY && policy.kind().hasPrincipal());
        trace.add(m);
        boolean deny = s.effect() == Effect.DENY;
        switch (m) {
          case StatementMatch.Applies applies -> (deny ? denies : allows).add(s);
          case StatementMatch.Unknown unknown -> {
            if (deny) unknownDeny = unknown.why();
            else unknownAllow = unknown.why();
          }
          case StatementMatch.PrincipalMismatch p -> { }
          case StatementMatch.ActionMismatch a -> { }
          case StatementMatch.ResourceMismatch r -> { }
          case StatementMatch.ConditionMismatch c -> { }
        }
      }
    }
    trace = List.copyOf(trace);
    // A known deny settles the type whatever the unknown statements say; an unknown deny only matters when
    // nothing denies for certain, and an unknown allow only when nothing allows for certain.
    if (!denies.isEmpty()) return new TypeOutcome.ExplicitlyDenied(List.copyOf(denies), trace);
    if (unknownDeny != null) return new TypeOutcome.Unknown(unknownDeny, trace);
    if (!allows.isEmpty()) return new TypeOutcome.Allowed(List.copyOf(allows), trace);
    if (unknownAllow != null) return new TypeOutcome.Unknown(unknownAllow, trace);
    return new TypeOutcome.ImplicitlyDenied(trace);
  }
}
