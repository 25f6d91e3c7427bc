package dev.s3403.prompts.guard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds an answer that blames a layer the diagnosis did not: "an SCP blocks the upload" when the engine found a
 * bucket policy. A model names causes in words, not ids, so the words of each layer are mapped to the causes
 * they stand for.
 */
final class CauseClaims {
  /** A layer's words, and the id prefixes of the causes they stand for. */
  private record Term(String name, Pattern words, List<String> prefixes) {}

  private static final List<Term> TERMS = List.of(
      term("a service control policy", "\\bSCPs?\\b|service control polic", "scp-"),
      term("a resource control policy", "\\bRCPs?\\b|resource control polic", "rcp-"),
      term("a permissions boundary", "permissions?[ -]boundar", "permissions-boundary-"),
      term("a session policy", "session polic", "session-policy-"),
      term("a VPC endpoint policy", "(vpc )?endpoint polic|\\bVPCE policy", "vpce-", "access-point-network"),
      term("Block Public Access", "block public access|\\bBPA\\b", "bpa-"),
      term("Requester Pays", "requester[ -]pays", "requester-pays-"),
      term("Object Lock", "object lock|legal hold", "object-lock-", "mfa-delete"),
      term("MFA", "\\bMFA\\b|multi-factor", "mfa-"),
      term("an expired URL or credentials", "\\bexpired\\b|\\bexpiry\\b|has expired", "presigned-url-expired",
          "presigned-url-credentials-expired", "session-token-expired-or-invalid"),
      term("a wrong signature", "signature ?does ?not ?match|signature mismatch|wrong signature", "signature-does-not-match"),
      term("clock skew", "clock skew|time too skewed|request time", "request-time-too-skewed"),
      term("an access point policy", "access point polic", "access-point-"),
      term("an ACL", "\\bACLs?\\b|access control list", "acl-", "bpa-block-public-acls", "bpa-ignore-public-acls",
          "upload-acl-header-condition", "object-owned-by-other-account"),
      term("a KMS key", "\\bKMS\\b|key policy|encryption key", "kms-", "cloudfront-oac-kms", "sse-c-blocked",
          "upload-encryption-header-condition"),
      term("an identity-based policy", "identity[ -]based polic|IAM polic|inline polic|managed polic", "identity-policy-",
          "cross-account-identity-policy-", "policy-resource-arn-mismatch", "invalid-action-name-in-policy"),
      term("the bucket policy", "bucket polic", "bucket-policy-", "cross-account-bucket-policy-", "perimeter-",
          "cloudfront-origin-access-bucket-policy", "upload-", "secure-transport-or-tls-deny", "request-attribute-condition-other"));

  private static final Pattern NEGATION = Pattern.compile(
      "(?i)\\b(not|no|never|isn't|aren't|wasn't|doesn't|don't|didn't|ruled out|excluded|unlikely|rather than|instead of|other than|cannot|can't|neither|nor)\\b");
  private static final Pattern CAUSAL = Pattern.compile(
      "(?i)\\b(because|cause[sd]?|caused by|due to|reason|blocks?|blocked|blocking|denies|denied|deny|refuses?|refused|prevents?|prevented|stops?|stopped|rejects?|rejected|fails?|failed)\\b");

  private CauseClaims() {}

  private static Term term(String name, String words, String... prefixes) {
    return new Term(name, Pattern.compile("(?i)" + words), List.of(prefixes));
  }

  /**
   * What the answer wrongly presents as a cause, or null.
   *
   * @param strict also refuse a layer the facts never mention at all (an explanation has no reason to bring one up;
   *     a follow-up answer may explain what an SCP is)
   */
  static String find(String answer, JsonNode view, String factsText, boolean strict) {
    Set<String> blamed = new HashSet<>();
    JsonNode top = view.path("topCause");
    if (top.hasNonNull("id")) blamed.add(top.get("id").asText());
    for (JsonNode c : view.path("otherCauses")) blamed.add(c.path("id").asText());
    if (blamed.isEmpty()) return null;
    String facts = factsText.toLowerCase(Locale.ROOT);
    for (String sentence : answer.split("(?<=[.!?;:])\\s+|\\n+")) {
      for (Term t : TERMS) {
        // "It is not an SCP" brings a layer up only to set it aside.
        if (!t.words().matcher(sentence).find() || standsFor(t, blamed) || NEGATION.matcher(sentence).find()) continue;
        if (strict && !t.words().matcher(facts).find() && !mentionsAnyId(t, facts)) {
          return t.name() + ", which the diagnosis does not mention";
        }
        if (CAUSAL.matcher(sentence).find()) return t.name();
      }
    }
    return null;
  }

  private static boolean standsFor(Term t, Set<String> ids) {
    for (String id : ids) {
      for (String prefix : t.prefixes()) {
        if (id.startsWith(prefix)) return true;
      }
    }
    return false;
  }

  private static boolean mentionsAnyId(Term t, String facts) {
    for (Check c : Checks.all()) {
      String id = c.info().id();
      if (facts.contains(id) && t.prefixes().stream().anyMatch(id::startsWith)) return true;
    }
    return false;
  }
}
