package dev.s3403.prompts.facts;

import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.StatementMatch;
import dev.s3403.diagnostics.eval.TypeOutcome;
import dev.s3403.diagnostics.policy.StatementRef;
import dev.s3403.diagnostics.resolve.ActionEvaluator;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The policy that holds an evidence reference's statement, found in the evaluation trace: the engine's evidence
 * names the statement id and the policy type, and the trace knows which named policy the statement belongs to.
 */
public final class PolicyNames {
  /** The engine's source labels (Layers.label and the bucket-policy checks) for the policy types. */
  private static final Map<String, PolicyType> SOURCES = Map.of(
      "identity-based policies", PolicyType.IDENTITY, "bucket policy", PolicyType.RESOURCE,
      "resource-based policy (bucket or key policy)", PolicyType.RESOURCE, "service control policies", PolicyType.SCP,
      "resource control policies", PolicyType.RCP, "permissions boundary", PolicyType.PERMISSION_BOUNDARY,
      "session policy", PolicyType.SESSION, "VPC endpoint policy", PolicyType.VPC_ENDPOINT);

  private PolicyNames() {}

  /** A named policy of a type. */
  public record Named(PolicyType type, String name) {}

  public static Optional<Named> of(Diagnosis d, Finding.EvidenceRef e) {
    if (e.statement() == null) return Optional.empty();
    PolicyType wanted = e.source() == null ? null : SOURCES.get(e.source());
    for (ActionEvaluator.Outcome o : d.outcomes()) {
      if (o.decision() == null) continue;
      // INVARIANT: perType is an unordered map; walking it by type keeps the answer the same on every run.
      var types = o.decision().perType().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).toList();
      for (Map.Entry<PolicyType, TypeOutcome> t : types) {
        if (wanted != null && t.getKey() != wanted) continue;
        for (StatementMatch m : t.getValue().trace()) {
          StatementRef ref = m.statement() == null ? null : m.statement().ref();
          if (ref != null && ref.policyName() != null && e.statement().equals(ref.sid())) return Optional.of(new Named(t.getKey(), ref.policyName()));
        }
      }
    }
    return Optional.empty();
  }
}
