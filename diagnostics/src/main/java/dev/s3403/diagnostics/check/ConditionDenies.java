package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.policy.Condition;
import dev.s3403.diagnostics.policy.Statement;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The specific causes behind a denying statement (taxonomy §5.1's "most specific cause ranks first"): which
 * condition keys a Deny that applies tests tells a network perimeter from a TLS rule, an encryption-header rule,
 * an organization perimeter, an MFA rule or a Region guardrail.
 */
public final class ConditionDenies {
  private ConditionDenies() {}

  public static final Set<String> NETWORK = Set.of("aws:sourcevpce", "aws:sourcevpc", "aws:sourceip", "aws:vpcsourceip");
  public static final Set<String> TRANSPORT = Set.of("aws:securetransport", "s3:tlsversion");
  public static final Set<String> PRINCIPAL_ORG = Set.of("aws:principalorgid", "aws:principalorgpaths",
      "aws:principalaccount", "aws:principalisawsservice");
  public static final Set<String> RESOURCE_ORG = Set.of("aws:resourceorgid", "aws:resourceorgpaths",
      "aws:resourceaccount", "s3:resourceaccount");
  public static final Set<String> MFA = Set.of("aws:multifactorauthpresent", "aws:multifactorauthage");
  public static final Set<String> REGION = Set.of("aws:requestedregion");
  public static final Set<String> ENCRYPTION = Set.of("s3:x-amz-server-side-encryption",
      "s3:x-amz-server-side-encryption-aws-kms-key-id", "s3:x-amz-server-side-encryption-customer-algorithm");
  public static final Set<String> ACL = Set.of("s3:x-amz-acl", "s3:x-amz-grant-full-control", "s3:x-amz-grant-read",
      "s3:x-amz-grant-read-acp", "s3:x-amz-grant-write", "s3:x-amz-grant-write-acp");

  /**
   * Keys that say who asks or on whose behalf: a Deny on them ("everyone but the retention admin") is the layer's
   * own cause, not another request attribute.
   */
  public static final Set<String> WHO = Set.of("aws:principalarn", "aws:userid", "aws:username", "aws:principaltype",
      "aws:principalservicename", "aws:principalservicenameslist", "aws:sourcearn", "aws:sourceaccount",
      "aws:sourceowner", "aws:calledvia", "aws:calledviafirst", "aws:calledvialast", "aws:viaawsservice");

  private static final List<Set<String>> NAMED = List.of(NETWORK, TRANSPORT, PRINCIPAL_ORG, RESOURCE_ORG, MFA, REGION,
      ENCRYPTION, ACL, WHO);

  private static boolean named(String key) {
    String k = key.toLowerCase(java.util.Locale.ROOT);
    return k.startsWith("aws:principaltag/") || NAMED.stream().anyMatch(set -> set.contains(k));
  }

  /** A Deny of these layers that applies and tests one of these keys (or, for null keys, none of the named ones). */
  public static Finding find(Situation s, Set<String> keys, String what, PolicyType... types) {
    List<Finding.EvidenceRef> refs = new ArrayList<>();
    String first = null;
    boolean anyDeny = false;
    // S3 request attributes: what a KMS key policy's conditions test is family G's (kms-condition-mismatch).
    List<Outcome> s3 = s.outcomes().stream().filter(o -> o.action().action().startsWith("s3:")).toList();
    for (Outcome o : s3) {
      for (PolicyType type : types) {
        for (Statement st : Situation.denies(o, type)) {
          anyDeny = true;
          String key = matchingKey(st, keys);
          if (key == null) continue;
          String layer = type == PolicyType.RESOURCE ? "bucket policy" : Layers.label(type);
          refs.add(Situation.ref(layer, st, "tests `%s`".formatted(key)));
          if (first == null) {
            first = "statement `%s` of the %s denies `%s` because of its `%s` condition (%s)".formatted(
                refs.getLast().statement(), layer, o.action().action(), key, what);
          }
        }
      }
    }
    // An Allow of a layer that blocks, whose only failing condition tests one of these keys, is the same cause
    // seen from the other side ("grant only with bucket-owner-full-control").
    for (Outcome o : s3) {
      if (first != null) break;
      // Only the bucket policy's own Allows count here: an identity Allow's unmet condition is
      // identity-policy-condition-unmet.
      for (PolicyType type : types) {
        if (type != PolicyType.RESOURCE || !s.blocks(o, type)) continue;
        var t = o.decision().perType().get(type);
        if (t == null) continue;
        for (var m : t.trace()) {
          if (m instanceof dev.s3403.diagnostics.eval.StatementMatch.ConditionMismatch c
              && m.statement().effect() == dev.s3403.diagnostics.policy.Effect.ALLOW
              && (keys == null ? !named(c.key()) : keys.contains(c.key().toLowerCase(java.util.Locale.ROOT)))) {
            refs.add(Situation.ref(Layers.label(type), m.statement(), c.why()));
            first = "statement `%s` of the %s allows `%s` only when `%s` holds, and it does not: %s".formatted(
                refs.getLast().statement(), Layers.label(type), o.action().action(), c.key(), c.why());
            break;
          }
        }
        if (first != null) break;
      }
    }
    if (first != null) return Finding.confirmed(first, refs);
    // A denial that is certain and comes from elsewhere rules this out; with no evidence, the text decides.
    return anyDeny || s.decision() == dev.s3403.diagnostics.resolve.RequestDecision.ALLOWED
        || s.decision() == dev.s3403.diagnostics.resolve.RequestDecision.IMPLICITLY_DENIED
        ? Finding.ruledOut("no applying Deny tests " + what) : Finding.silent();
  }

  /** The key of the statement's conditions that is in the set; for a null set, one that no named set holds. */
  private static String matchingKey(Statement st, Set<String> keys) {
    for (Condition c : st.conditions()) {
      if (keys == null ? !named(c.key()) : keys.contains(c.key())) return c.keyAsWritten();
    }
    return null;
  }
}
