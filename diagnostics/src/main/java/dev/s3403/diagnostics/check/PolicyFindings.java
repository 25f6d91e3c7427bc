package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.StatementMatch;
import dev.s3403.diagnostics.eval.TypeOutcome;
import dev.s3403.diagnostics.policy.Effect;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import java.util.List;
import java.util.Locale;

/**
 * Why a layer that should allow does not, read from the statement trace (taxonomy B2, B3, B5, B6, D4, E4, K1): an
 * Allow that covers the action but another resource, one whose condition fails, one that names someone else.
 */
public final class PolicyFindings {
  private PolicyFindings() {}

  /** An Allow of this layer covers the action but its Resource does not cover the request's. */
  public static Finding resourceMismatch(Situation s, PolicyType type) {
    return nearMiss(s, type, StatementMatch.ResourceMismatch.class, null,
        "statement `%s` allows `%s` but on other resources: %s");
  }

  /** An Allow of this layer covers action and resource but a condition does not hold. */
  public static Finding conditionUnmet(Situation s, PolicyType type, String key) {
    return nearMiss(s, type, StatementMatch.ConditionMismatch.class, key,
        "statement `%s` would allow `%s`, but its condition does not hold: %s");
  }

  /** An Allow of the bucket policy names another principal (a service caller is family K's). */
  public static Finding principalMismatch(Situation s) {
    if (s.request().principal() != null && (s.request().principal().endsWith(".amazonaws.com")
        || s.request().principal().equals("anonymous"))) {
      return Finding.ruledOut("the caller is an AWS service principal or anonymous");
    }
    return nearMiss(s, PolicyType.RESOURCE, StatementMatch.PrincipalMismatch.class, null,
        "statement `%s` of the bucket policy is an Allow for `%s`, but for another principal: %s");
  }

  private static Finding nearMiss(Situation s, PolicyType type, Class<? extends StatementMatch> kind, String key,
      String message) {
    boolean blockedSomewhere = false;
    for (Outcome o : s.outcomes()) {
      // These are S3 causes: a KMS key's own near misses are family G's.
      if (!o.action().action().startsWith("s3:") || !s.blocks(o, type) || !o.certainFor(type)) continue;
      blockedSomewhere = true;
      TypeOutcome t = o.decision().perType().get(type);
      if (t == null) continue;
      for (StatementMatch m : t.trace()) {
        if (!kind.isInstance(m) || m.statement().effect() != Effect.ALLOW) continue;
        if (key != null && !(m instanceof StatementMatch.ConditionMismatch c && c.key().equalsIgnoreCase(key))) continue;
        // identity-policy-condition-unmet leaves the list prefix to list-prefix-condition-mismatch.
        if (key == null && m instanceof StatementMatch.ConditionMismatch c && c.key().equalsIgnoreCase("s3:prefix")) continue;
        if (m instanceof StatementMatch.PrincipalMismatch && (!mentions(m, o) || !namesCallersAccount(m, s))) continue;
        if (m instanceof StatementMatch.ResourceMismatch && !sameBucket(m, s.request().bucket())) continue;
        var ref = Situation.ref(Layers.label(type), m.statement(), why(m));
        return Finding.confirmed(message.formatted(ref.statement(), o.action().action(), why(m)), List.of(ref));
      }
    }
    if (blockedSomewhere) return Finding.ruledOut("no Allow of the %s nearly matches".formatted(Layers.label(type)));
    boolean known = !s.outcomes().isEmpty() && s.outcomes().stream().allMatch(o -> o.certainFor(type));
    return known ? Finding.ruledOut("the %s does not block the request".formatted(Layers.label(type))) : Finding.silent();
  }

  /**
   * A resource mismatch is this cause when the Allow is about the request's bucket (the bucket ARN where the
   * object ARN is needed, another prefix); an Allow for another bucket altogether is simply a missing Allow.
   */
  private static boolean sameBucket(StatementMatch m, String bucket) {
    return bucket != null && m.statement().resources() != null && m.statement().resources().values().stream()
        .anyMatch(r -> r.startsWith("arn:aws:s3:::" + bucket) && (r.length() == 13 + bucket.length()
            || r.charAt(13 + bucket.length()) == '/'));
  }

  /**
   * The near miss of bucket-policy-principal-mismatch names someone in the caller's own account (another role,
   * the role instead of the user, a recreated role); an Allow for other accounts only is a missing grant.
   */
  private static boolean namesCallersAccount(StatementMatch m, Situation s) {
    String account = s.request().principalAccount();
    var principals = m.statement().principals();
    // A bare unique id (AROA…, AIDA…) is what a policy shows once the role or user it named was deleted: the
    // re-created principal of the same name is someone else to IAM.
    return principals != null && principals.byType().getOrDefault("AWS", List.of()).stream()
        .anyMatch(v -> account != null && (v.equals(account) || v.contains(":" + account + ":")) || v.matches("A(RO|ID)A[A-Z0-9]{8,}"));
  }

  /** A principal mismatch matters only for an Allow that lists the action. */
  private static boolean mentions(StatementMatch m, Outcome o) {
    String action = o.action().action().toLowerCase(Locale.ROOT);
    return m.statement().actions() != null && !m.statement().actions().negated() && m.statement().actions().values()
        .stream().anyMatch(a -> a.equals("*") || a.equalsIgnoreCase(action) || a.endsWith("*")
            && action.startsWith(a.substring(0, a.length() - 1).toLowerCase(Locale.ROOT)));
  }

  private static String why(StatementMatch m) {
    return switch (m) {
      case StatementMatch.ResourceMismatch r -> r.why();
      case StatementMatch.ConditionMismatch c -> c.why();
      case StatementMatch.PrincipalMismatch p -> p.why();
      case StatementMatch.ActionMismatch a -> a.why();
      case StatementMatch.Unknown u -> u.why();
      case StatementMatch.Applies a -> "it applies";
    };
  }

  /** A conditional action the operation needs (an ACL, a KMS key, tags) is denied while the main one is not. */
  public static Finding additionalAction(Situation s) {
    List<Outcome> main = s.outcomes().stream().filter(o -> o.action().unconditional()).toList();
    List<Outcome> extra = s.outcomes().stream().filter(o -> !o.action().unconditional() && !o.action().action().startsWith("kms:")).toList();
    if (extra.isEmpty()) {
      return s.outcomes().isEmpty() || !s.hasEvidence() ? Finding.silent() : Finding.ruledOut("the request needs no further S3 action");
    }
    for (Outcome o : extra) {
      if (o.decision().verdict() == Decision.Verdict.IMPLICITLY_DENIED && o.certain()
          && main.stream().allMatch(m -> m.decision().verdict() == Decision.Verdict.ALLOWED)) {
        return Finding.confirmed("`%s` is allowed, but the request also needs `%s` (%s), which is not"
            .formatted(main.isEmpty() ? s.request().operation() : main.getFirst().action().action(), o.action().action(),
                o.action().when()), List.of());
      }
    }
    return Finding.ruledOut("the further actions the request needs are allowed");
  }

  /** An Allow of the identity policies names an S3 action that does not exist, so it grants nothing. */
  public static Finding invalidAction(Situation s) {
    var known = dev.s3403.diagnostics.actions.OperationActions.knownActions();
    for (Outcome o : s.outcomes()) {
      if (!o.action().action().startsWith("s3:") || !s.blocks(o, PolicyType.IDENTITY)) continue;
      TypeOutcome t = o.decision().perType().get(PolicyType.IDENTITY);
      if (t == null) continue;
      for (StatementMatch m : t.trace()) {
        if (m.statement().effect() != Effect.ALLOW || m.statement().actions() == null || m.statement().actions().negated()) continue;
        for (String a : m.statement().actions().values()) {
          String lower = a.toLowerCase(Locale.ROOT);
          if (lower.startsWith("s3:") && !lower.contains("*") && !lower.contains("?") && !known.contains(lower)) {
            return Finding.confirmed("statement `%s` allows `%s`, which is not an IAM action (the operation `%s` needs `%s`)"
                .formatted(Situation.ref("", m.statement(), "").statement(), a, s.request().operation(), o.action().action()),
                List.of(Situation.ref(Layers.label(PolicyType.IDENTITY), m.statement(), a + " is not an action")));
          }
        }
      }
    }
    boolean certain = !s.outcomes().isEmpty() && s.outcomes().stream().allMatch(o -> o.certainFor(PolicyType.IDENTITY));
    return certain ? Finding.ruledOut("every action the identity policies name exists") : Finding.silent();
  }

  /** Block Public Access (RestrictPublicBuckets) overrides a public bucket policy for this caller. */
  public static Finding restrictPublicBuckets(Situation s) {
    for (Outcome o : s.outcomes()) {
      if (o.decision().perType().get(PolicyType.S3_BLOCK_PUBLIC_ACCESS) instanceof TypeOutcome.ExplicitlyDenied d) {
        var st = d.denies().isEmpty() ? null : d.denies().getFirst();
        return Finding.confirmed("RestrictPublicBuckets is on, and statement `%s` makes the bucket policy public, so S3 refuses callers outside the bucket owner's account"
            .formatted(st == null ? "?" : Situation.ref("", st, "").statement()),
            List.of(new Finding.EvidenceRef("/buckets/" + s.request().bucket() + "/blockPublicAccess", null, "RestrictPublicBuckets")));
      }
    }
    return !s.hasEvidence() || s.outcomes().isEmpty() ? Finding.silent()
        : Finding.ruledOut("RestrictPublicBuckets does not block this caller");
  }
}
