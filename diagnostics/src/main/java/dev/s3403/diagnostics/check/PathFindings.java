package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.evidence.Acl;
import dev.s3403.diagnostics.evidence.BlockPublicAccess;
import dev.s3403.diagnostics.evidence.Grant;
import dev.s3403.diagnostics.evidence.PolicyDoc;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import dev.s3403.diagnostics.evidence.Request;
import dev.s3403.diagnostics.resolve.RequestDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How the request reached S3 and when (taxonomy B12, E2, J7, K4, K6–K8): a website endpoint, a presigned URL, the
 * console, a directory bucket, an AWS service, a policy changed seconds earlier.
 */
public final class PathFindings {
  private PathFindings() {}

  /** IAM changes reach every endpoint within seconds, sometimes longer ("Changes that I make are not always immediately visible"). */
  private static final Duration PROPAGATION = Duration.ofMinutes(10);

  private static boolean denied(Situation s) {
    return s.decision() != RequestDecision.ALLOWED;
  }

  private static Request.Via via(Situation s) {
    return Facts.request(s).map(r -> r.via().orNull()).orElse(null);
  }

  public static Finding websiteEndpoint(Situation s) {
    Request.Via via = via(s);
    if (via == null) return Finding.silent();
    if (via != Request.Via.WEBSITE_ENDPOINT) return Finding.ruledOut("the request did not use the website endpoint");
    return Finding.confirmed("the request came through the bucket's website endpoint, which serves only objects anonymous callers may read", List.of(
        new Finding.EvidenceRef("/request/via", null, "website-endpoint")));
  }

  public static Finding presignedSigner(Situation s) {
    Request.Via via = via(s);
    boolean presigned = via == Request.Via.PRESIGNED_URL || Facts.request(s).map(r -> r.presigned().isKnown()).orElse(false);
    if (!presigned) return via == null ? Finding.silent() : Finding.ruledOut("the request did not use a presigned URL");
    if (!denied(s) || s.decision() == RequestDecision.UNDETERMINED) return Finding.ruledOut("the signer may make the request");
    return Finding.confirmed("the URL carries the permissions of its signer `%s`, and the signer's policies do not allow `%s`"
        .formatted(s.request().principal(), s.outcomes().isEmpty() ? s.request().operation() : s.outcomes().getFirst().action().action()),
        List.of(new Finding.EvidenceRef("/request/presigned/signer", null, s.request().principal())));
  }

  public static Finding console(Situation s) {
    Request.Via via = via(s);
    if (via == null) return Finding.silent();
    if (via != Request.Via.CONSOLE) return Finding.ruledOut("the request did not come from the console");
    if (!denied(s)) return Finding.ruledOut("the policies allow what the console asked for");
    return Finding.confirmed("the console calls `%s` to show this page, which the caller's policies do not allow"
        .formatted(s.outcomes().isEmpty() ? s.request().operation() : s.outcomes().getFirst().action().action()),
        List.of(new Finding.EvidenceRef("/request/via", null, "console")));
  }

  public static Finding directoryBucket(Situation s) {
    String bucket = s.request().bucket();
    boolean express = bucket != null && bucket.endsWith("--x-s3") || "CreateSession".equals(s.request().operation());
    if (!express) return bucket == null ? Finding.silent() : Finding.ruledOut("the bucket is a general purpose bucket");
    if (!denied(s)) return Finding.silent();
    return Finding.confirmed("`%s` is a directory bucket: requests need a CreateSession session, allowed by `s3express:CreateSession` on the bucket"
        .formatted(bucket), List.of());
  }

  public static Finding servicePrincipal(Situation s) {
    String p = s.request().principal();
    if (p == null || !p.endsWith(".amazonaws.com")) return p == null ? Finding.silent() : Finding.ruledOut("the caller is not an AWS service");
    if (p.equals("cloudfront.amazonaws.com")) return Finding.ruledOut("CloudFront is cloudfront-origin-access-bucket-policy");
    if (!denied(s)) return Finding.ruledOut("the bucket policy lets the service in");
    return Finding.confirmed("the service `%s` writes or reads for you, and the bucket (or key) policy does not allow it".formatted(p),
        List.of(new Finding.EvidenceRef("/buckets/" + s.request().bucket() + "/policy", null, "no Allow for " + p)));
  }

  /** Public ACLs are ignored (IgnorePublicAcls), and an ACL grant to everyone is what would have allowed the request. */
  public static Finding ignoredPublicAcl(Situation s) {
    boolean ignore = ignores(Facts.bucket(s).map(b -> b.blockPublicAccess().orNull()).orElse(null))
        || ignores(account(s) == null ? null : account(s).blockPublicAccess().orNull());
    Acl acl = Facts.object(s).map(o -> o.acl().orNull()).orElse(null);
    if (acl == null) acl = Facts.bucket(s).map(b -> b.acl().orNull()).orElse(null);
    if (acl == null) return Finding.silent();
    boolean publicGrant = acl.grants().orNull() != null && acl.grants().orNull().stream().anyMatch(PathFindings::toEveryone);
    if (!publicGrant) return Finding.ruledOut("no ACL grants access to everyone");
    if (!ignore) return Finding.ruledOut("IgnorePublicAcls is off");
    return Finding.confirmed("an ACL grants everyone access, but IgnorePublicAcls is on, so S3 ignores that grant", List.of(
        new Finding.EvidenceRef("/buckets/" + s.request().bucket() + "/blockPublicAccess", null, "IgnorePublicAcls")));
  }

  private static dev.s3403.diagnostics.evidence.AccountInfo account(Situation s) {
    Map<String, dev.s3403.diagnostics.evidence.AccountInfo> accounts = s.bundle().accounts().orNull();
    return accounts == null || s.request().bucketAccount() == null ? null : accounts.get(s.request().bucketAccount());
  }

  private static boolean ignores(BlockPublicAccess bpa) {
    return bpa != null && Boolean.TRUE.equals(bpa.ignorePublicAcls().orNull());
  }

  private static boolean toEveryone(Grant g) {
    String uri = g.grantee().isKnown() ? g.grantee().orNull().uri().orNull() : null;
    return uri != null && (uri.endsWith("/AllUsers") || uri.endsWith("/AuthenticatedUsers"));
  }

  /** A policy of the caller changed moments before the request, and now allows it. */
  public static Finding propagation(Situation s) {
    Instant at = Facts.request(s).map(r -> r.time().orNull()).orElse(null);
    if (at == null) return Finding.silent();
    Map<String, PrincipalInfo> principals = s.bundle().principals().orNull();
    if (principals == null) return Finding.silent();
    for (PrincipalInfo p : principals.values()) {
      List<PolicyDoc> docs = p.identityPolicies().orNull();
      if (docs == null) continue;
      for (PolicyDoc d : docs) {
        Instant updated = d.updatedAt().orNull();
        if (updated == null) continue;
        Duration before = Duration.between(updated, at);
        if (!before.isNegative() && before.compareTo(PROPAGATION) < 0 && s.decision() == RequestDecision.ALLOWED) {
          return Finding.confirmed("policy `%s` changed %d seconds before the request and allows it now: the change had not propagated yet"
              .formatted(d.name().orNull(), before.toSeconds()), List.of(new Finding.EvidenceRef("/principals", d.name().orNull(), "updatedAt " + updated)));
        }
      }
    }
    return Finding.ruledOut("no policy changed just before the request");
  }
}
