package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.parse.ParsedError;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of causes (spec/cli.md, "Ranking and decision"): most certain first; what the evidence shows before
 * what the text suggests; the specific cause before the layer it sits in; among layers, the one AWS's message
 * names, then AWS's evaluation order (S3 authorization before the KMS call); then the more common cause.
 */
final class Ranking {
  private Ranking() {}

  /** Causes that name what inside a layer denies; the layer ids they refine rank after them. */
  private static final Set<String> SPECIFIC = Set.of("wrong-caller-identity", "policy-resource-arn-mismatch",
      "operation-needs-additional-action", "identity-policy-condition-unmet", "list-prefix-condition-mismatch",
      "scp-region-deny", "perimeter-identity-org-deny", "perimeter-network-deny", "perimeter-resource-org-deny",
      "secure-transport-or-tls-deny", "mfa-condition-deny", "bucket-policy-principal-mismatch",
      "upload-encryption-header-condition", "upload-acl-header-condition", "request-attribute-condition-other",
      "kms-multipart-needs-decrypt", "kms-aws-managed-key-cross-account", "kms-cross-account-key-access",
      "kms-condition-mismatch", "iam-change-propagation-delay", "bpa-ignore-public-acls", "s3-website-endpoint-403",
      "presigned-url-signer-not-authorized", "directory-bucket-session-auth", "aws-service-principal-denied",
      "console-needs-extra-permissions", "invalid-action-name-in-policy", "acl-grant-missing-or-acl-only-access",
      "access-point-policy-deny-or-missing", "access-point-bucket-not-delegated", "access-point-network-origin-vpc",
      "bpa-restrict-public-buckets", "cloudfront-origin-access-bucket-policy", "object-owned-by-other-account",
      "requester-pays-header-missing", "missing-object-masked-as-403", "kms-key-unusable");

  /** The layer ids each policy type of AWS's message names. */
  private static final Map<String, Set<String>> NAMED = Map.of(
      "identity-based policy", Set.of("identity-policy-missing-allow", "identity-policy-explicit-deny",
          "cross-account-identity-policy-missing-allow"),
      "permissions boundary", Set.of("permissions-boundary-implicit-deny", "permissions-boundary-explicit-deny"),
      "session policy", Set.of("session-policy-implicit-deny", "session-policy-explicit-deny"),
      "service control policy", Set.of("scp-explicit-deny", "scp-implicit-deny"),
      "resource control policy", Set.of("rcp-explicit-deny"),
      "resource-based policy", Set.of("bucket-policy-explicit-deny", "cross-account-bucket-policy-missing-allow"),
      "VPC endpoint policy", Set.of("vpce-policy-implicit-deny", "vpce-policy-explicit-deny"));

  /** AWS's order: who, identity, organization, bucket, public access, network, ownership, state, then KMS. */
  private static final List<Family> EVALUATION = List.of(Family.A, Family.J, Family.B, Family.C, Family.D, Family.E,
      Family.H, Family.F, Family.I, Family.K, Family.G);

  static Comparator<Cause> order(ParsedError parsed, boolean evidence) {
    Set<String> named = parsed.policyType() == null ? Set.of() : NAMED.getOrDefault(parsed.policyType(), Set.of());
    boolean kmsNamed = parsed.action() != null && parsed.action().startsWith("kms:");
    return Comparator.<Cause>comparingInt(c -> c.status().ordinal())
        .thenComparing(c -> evidence && c.fromText())
        .thenComparing(c -> !SPECIFIC.contains(c.info().id()))
        .thenComparing(c -> !(named.contains(c.info().id()) || kmsNamed && c.info().family() == Family.G))
        .thenComparingInt(c -> EVALUATION.indexOf(c.info().family()))
        .thenComparingInt(c -> c.info().commonness());
  }
}
