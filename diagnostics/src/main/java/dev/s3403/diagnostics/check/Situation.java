package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.StatementMatch;
import dev.s3403.diagnostics.eval.TypeOutcome;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.policy.Effect;
import dev.s3403.diagnostics.policy.Statement;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import dev.s3403.diagnostics.resolve.RequestDecision;
import dev.s3403.diagnostics.resolve.ResolvedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything a check may look at: the text, the resolved request, the bundle, and each required action's
 * evaluation. Layers are judged per action, because one action of a request can be denied where another is not.
 */
public record Situation(TextClues text, ResolvedRequest request, Bundle bundle, List<Outcome> outcomes,
    RequestDecision decision) {

  public Situation {
    outcomes = List.copyOf(outcomes);
  }

  /** Whether the bundle says anything beyond its format: without evidence, the text alone ranks the causes. */
  public boolean hasEvidence() {
    return bundle.request().isKnown() || bundle.principals().isKnown() || bundle.buckets().isKnown()
        || bundle.accounts().isKnown() || bundle.kmsKeys().isKnown();
  }

  /**
   * Whether this policy type blocks the action: it denies explicitly, or it is a gate that does not allow
   * (boundary, session, SCP, VPC endpoint), or, for the principal's and the resource's own policies, it does
   * not allow where the other side cannot allow alone (across accounts, or a key or trust policy).
   */
  public boolean blocks(Outcome o, PolicyType type) {
    return o.blockedBy(type, request.crossAccount());
  }

  /** The outcomes of the actions that match, blocked by this type. */
  public List<Outcome> blockedBy(PolicyType type, Predicate<Outcome> which) {
    return outcomes.stream().filter(which).filter(o -> blocks(o, type)).toList();
  }

  /** The Deny statements of this type that apply to the action. */
  public static List<Statement> denies(Outcome o, PolicyType type) {
    List<Statement> out = new ArrayList<>();
    TypeOutcome t = o.decision().perType().get(type);
    if (t == null) return out;
    for (StatementMatch m : t.trace()) {
      if (m instanceof StatementMatch.Applies && m.statement().effect() == Effect.DENY) out.add(m.statement());
    }
    return out;
  }

  /** Whether this type's policies were known for the action (nothing the evaluation needed was missing). */
  public static boolean known(Outcome o, String pointerFragment) {
    return o.unknown().stream().noneMatch(u -> u.contains(pointerFragment));
  }

  public static Finding.EvidenceRef ref(String source, Statement s, String note) {
    return new Finding.EvidenceRef(source, s == null ? null : s.ref().sid() != null ? s.ref().sid()
        : "statement " + s.ref().index() + " of " + s.ref().policyName(), note);
  }
}
