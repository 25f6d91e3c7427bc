package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.TypeOutcome;
import dev.s3403.diagnostics.policy.Statement;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The findings of the checks that name one policy layer (taxonomy §5.1's layer ids): the layer denies an action
 * explicitly, or does not allow it where it must. Shared because fifteen checks ask the same two questions of
 * different layers.
 */
public final class Layers {
  private Layers() {}

  public static final Predicate<Outcome> S3 = o -> o.action().action().startsWith("s3:");
  /** S3 actions decided by the bucket's own policy, not at an access point. */
  public static final Predicate<Outcome> BUCKET = o -> o.action().action().startsWith("s3:")
      && o.side() != dev.s3403.diagnostics.resolve.ActionEvaluator.Side.ACCESS_POINT;
  public static final Predicate<Outcome> KMS = o -> o.action().action().startsWith("kms:");
  public static final Predicate<Outcome> ANY = o -> true;

  /** A Deny statement of this layer applies to an action of the request. */
  public static Finding explicitDeny(Situation s, PolicyType type, Predicate<Outcome> which, String where) {
    List<Finding.EvidenceRef> refs = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    for (Outcome o : s.outcomes()) {
      if (!which.test(o) || !(o.decision().perType().get(type) instanceof TypeOutcome.ExplicitlyDenied)) continue;
      actions.add(o.action().action());
      for (Statement st : Situation.denies(o, type)) refs.add(Situation.ref(where, st, "denies " + o.action().action()));
    }
    if (!refs.isEmpty()) {
      Finding.EvidenceRef first = refs.getFirst();
      return Finding.confirmed("statement `%s` of the %s denies `%s`".formatted(first.statement(), where,
          String.join("`, `", actions.stream().distinct().toList())), refs);
    }
    return ruledOutIfKnown(s, type, which, "no statement of the %s denies the request".formatted(label(type)));
  }

  /** The layer must allow and does not: no statement of it applies to an action of the request. */
  public static Finding noAllow(Situation s, PolicyType type, Predicate<Outcome> which, String where) {
    List<String> actions = new ArrayList<>();
    List<Finding.EvidenceRef> refs = new ArrayList<>();
    for (Outcome o : s.outcomes()) {
      if (!which.test(o) || o.decision().perType().get(type) instanceof TypeOutcome.ExplicitlyDenied) continue;
      if (!s.blocks(o, type) || !o.certainFor(type)) continue;
      actions.add(o.action().action() + " on " + o.action().resource());
      refs.add(new Finding.EvidenceRef(where, null, "no statement allows " + o.action().action()));
    }
    if (!actions.isEmpty()) {
      return Finding.confirmed("no statement of the %s allows `%s`".formatted(where, String.join("`, `", actions)), refs);
    }
    return ruledOutIfKnown(s, type, which, "nothing in the %s keeps the request from being allowed".formatted(label(type)));
  }

  private static Finding ruledOutIfKnown(Situation s, PolicyType type, Predicate<Outcome> which, String why) {
    List<Outcome> relevant = s.outcomes().stream().filter(which).toList();
    if (relevant.isEmpty() || relevant.stream().anyMatch(o -> !o.certainFor(type))) return Finding.silent();
    return Finding.ruledOut(why);
  }

  public static String label(PolicyType type) {
    return switch (type) {
      case IDENTITY -> "identity-based policies";
      case RESOURCE -> "resource-based policy (bucket or key policy)";
      case SCP -> "service control policies";
      case RCP -> "resource control policies";
      case PERMISSION_BOUNDARY -> "permissions boundary";
      case SESSION -> "session policy";
      case VPC_ENDPOINT -> "VPC endpoint policy";
      case S3_BLOCK_PUBLIC_ACCESS -> "S3 Block Public Access settings";
    };
  }
}
