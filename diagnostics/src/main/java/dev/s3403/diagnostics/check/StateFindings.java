package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.eval.cases.Callers;
import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.ObjectInfo;
import dev.s3403.diagnostics.resolve.RequestDecision;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the evidence says about the caller, the bucket and the object outside the policies (taxonomy families A, F,
 * I): the 403s S3 gives where the policies allow.
 */
public final class StateFindings {
  private StateFindings() {}

  /** The message names another principal than the one the evidence was collected for. */
  public static Finding otherCaller(Situation s) {
    String said = s.request().messagePrincipal();
    String evidence = s.request().principal();
    if (said == null || evidence == null || !s.bundle().request().isKnown()) return Finding.silent();
    if (identity(said).equals(identity(evidence))) return Finding.ruledOut("the message names the principal the evidence is for");
    return Finding.confirmed("AWS names `%s` as the caller, but access was granted to (and checked for) `%s`"
        .formatted(said, evidence), List.of(new Finding.EvidenceRef("/request/principal", null, evidence)));
  }

  /** The IAM user or role behind a principal: two sessions of one role are the same identity. */
  private static String identity(String principal) {
    Caller c = Callers.read(principal).orElse(null);
    if (c == null) return principal;
    return c.roleArn() != null ? c.roleArn().substring(c.roleArn().lastIndexOf('/') + 1) + "@" + c.account() : principal;
  }

  /** The object belongs to another account, and ACLs still decide (Object Ownership is not BucketOwnerEnforced). */
  public static Finding otherOwner(Situation s) {
    Optional<BucketInfo> bucket = Facts.bucket(s);
    ObjectInfo object = Facts.object(s).orElse(null);
    String owner = object == null ? null : object.ownerAccount().orNull();
    String bucketAccount = s.request().bucketAccount();
    if (owner == null || bucketAccount == null) return Finding.silent();
    var ownership = bucket.map(b -> b.objectOwnership().orNull()).orElse(null);
    if (owner.equals(bucketAccount) || ownership == BucketInfo.ObjectOwnership.BUCKET_OWNER_ENFORCED) {
      return Finding.ruledOut("the bucket owner owns the object, or Object Ownership is BucketOwnerEnforced");
    }
    return Finding.confirmed("the object is owned by account %s, not the bucket owner %s, and Object Ownership is %s, so only the object's ACL can grant access"
        .formatted(owner, bucketAccount, ownership == null ? "not BucketOwnerEnforced" : ownership.wire()),
        List.of(new Finding.EvidenceRef("/buckets/" + s.request().bucket() + "/objects/" + s.request().key() + "/ownerAccount", null, owner)));
  }

  /** The object does not exist. */
  public static Finding missingObject(Situation s) {
    ObjectInfo object = Facts.object(s).orElse(null);
    Boolean exists = object == null ? null : object.exists().orNull();
    if (exists == null) return Finding.silent();
    if (exists) return Finding.ruledOut("the object exists");
    return Finding.confirmed("there is no object `%s` in `%s`; without s3:ListBucket S3 answers 403 rather than 404"
        .formatted(s.request().key(), s.request().bucket()), List.of(new Finding.EvidenceRef(
        "/buckets/" + s.request().bucket() + "/objects/" + s.request().key() + "/exists", null, "false")));
  }

  /**
   * Access was meant to come from an ACL grant that does not cover this request (a bucket READ grant lists but does
   * not read objects), or from ACLs that BucketOwnerEnforced now ignores.
   */
  public static Finding aclOnly(Situation s) {
    BucketInfo bucket = Facts.bucket(s).orElse(null);
    var acl = bucket == null ? null : bucket.acl().orNull();
    var grants = acl == null ? null : acl.grants().orNull();
    if (grants == null) return Finding.silent();
    String owner = acl.owner().orNull();
    boolean foreignGrant = grants.stream().anyMatch(g -> g.grantee().isKnown()
        && g.grantee().orNull().id().orNull() != null && !g.grantee().orNull().id().orNull().equals(owner));
    if (!foreignGrant) return Finding.ruledOut("the ACL grants nobody but the owner");
    if (s.decision() == RequestDecision.ALLOWED || s.decision() == RequestDecision.UNDETERMINED) return Finding.silent();
    boolean policyAllows = s.outcomes().stream().anyMatch(o -> o.decision().perType().get(dev.s3403.diagnostics.eval.PolicyType.RESOURCE)
        instanceof dev.s3403.diagnostics.eval.TypeOutcome.Allowed);
    if (policyAllows) return Finding.ruledOut("the bucket policy, not an ACL, grants access");
    var ownership = bucket.objectOwnership().orNull();
    return Finding.confirmed(ownership == BucketInfo.ObjectOwnership.BUCKET_OWNER_ENFORCED
        ? "access rested on ACL grants, which BucketOwnerEnforced now ignores; no bucket policy statement replaces them"
        : "access rests on the bucket ACL, whose grants do not cover `%s` (a bucket READ grant lists the bucket but does not read its objects), and no bucket policy statement allows it"
            .formatted(s.outcomes().isEmpty() ? s.request().operation() : s.outcomes().getFirst().action().action()),
        List.of(new Finding.EvidenceRef("/buckets/" + s.request().bucket() + "/acl", null, "grants to another account")));
  }

  /** A Requester Pays bucket read by another account without x-amz-request-payer. */
  public static Finding requesterPays(Situation s) {
    Boolean pays = Facts.bucket(s).map(b -> b.requesterPays().orNull()).orElse(null);
    if (pays == null) return Finding.silent();
    if (!pays) return Finding.ruledOut("the bucket is not Requester Pays");
    boolean owner = s.request().principalAccount() != null && s.request().principalAccount().equals(s.request().bucketAccount());
    if (owner) return Finding.ruledOut("the bucket owner pays for its own requests");
    if (Facts.header(s, "x-amz-request-payer").isPresent()) return Finding.ruledOut("the request accepted the charges");
    return Finding.confirmed("`%s` is a Requester Pays bucket and the request did not send `x-amz-request-payer: requester`"
        .formatted(s.request().bucket()), List.of(new Finding.EvidenceRef("/buckets/" + s.request().bucket() + "/requesterPays", null, "true")));
  }

  /** An archived object that was not restored. */
  public static Finding archived(Situation s) {
    ObjectInfo object = Facts.object(s).orElse(null);
    String storage = object == null ? null : object.storageClass().orNull();
    if (storage == null) return Finding.silent();
    boolean archive = List.of("GLACIER", "DEEP_ARCHIVE").contains(storage.toUpperCase(Locale.ROOT));
    if (!archive) return Finding.ruledOut("the object is in " + storage);
    if (object.restored().isKnown()) return Finding.ruledOut("the object has a restored copy");
    return Finding.confirmed("the object is in %s and has no restored copy".formatted(storage), List.of());
  }

  /** Object Lock protects the version being deleted or overwritten. */
  public static Finding locked(Situation s) {
    String op = s.request().operation();
    if (op == null || !List.of("DeleteObject", "DeleteObjects", "PutObjectRetention").contains(op)) return Finding.silent();
    ObjectInfo object = Facts.object(s).orElse(null);
    if (object == null) return Finding.silent();
    boolean hold = Boolean.TRUE.equals(object.legalHold().orNull());
    Instant until = object.retainUntil().orNull();
    Instant now = Facts.request(s).map(r -> r.time().orNull()).orElse(Instant.now());
    if (hold || until != null && until.isAfter(now)) {
      return Finding.confirmed(hold ? "the object version is under a legal hold" : "the object version is retained until " + until, List.of());
    }
    return object.legalHold().isKnown() || object.retainUntil().isKnown()
        ? Finding.ruledOut("the object version has no legal hold and no retention in force") : Finding.silent();
  }

  /** CloudFront reads the bucket, and the bucket policy does not let its origin access in. */
  public static Finding cloudfront(Situation s) {
    String principal = s.request().principal();
    boolean viaCloudFront = "cloudfront.amazonaws.com".equals(principal) || Facts.request(s)
        .map(r -> r.via().orNull() == dev.s3403.diagnostics.evidence.Request.Via.CLOUDFRONT).orElse(false);
    if (!viaCloudFront) return s.bundle().request().isKnown() ? Finding.ruledOut("the request did not come through CloudFront") : Finding.silent();
    boolean denied = s.decision() == RequestDecision.IMPLICITLY_DENIED || s.decision() == RequestDecision.EXPLICITLY_DENIED;
    boolean s3Denied = s.outcomes().stream().anyMatch(o -> o.action().action().startsWith("s3:")
        && o.decision().verdict() != dev.s3403.diagnostics.eval.Decision.Verdict.ALLOWED);
    if (denied && s3Denied) {
      return Finding.confirmed("the request came from CloudFront (%s), and no bucket policy statement allows it for `%s`"
          .formatted(principal, s.request().bucket()), List.of(new Finding.EvidenceRef("/buckets/" + s.request().bucket() + "/policy", null, "no Allow for CloudFront")));
    }
    return Finding.ruledOut("the bucket policy lets CloudFront read");
  }

  /** CloudFront reads an SSE-KMS object, and the key does not let it decrypt. */
  public static Finding cloudfrontKms(Situation s) {
    Finding viaCloudFront = cloudfront(s);
    boolean cloudFront = "cloudfront.amazonaws.com".equals(s.request().principal()) || viaCloudFront.status() == dev.s3403.diagnostics.check.Status.CONFIRMED;
    if (!cloudFront) return viaCloudFront.status() == dev.s3403.diagnostics.check.Status.RULED_OUT ? viaCloudFront : Finding.silent();
    Finding kms = KmsFindings.denied(s, "kms:Decrypt", false);
    return kms.status() == dev.s3403.diagnostics.check.Status.CONFIRMED
        ? Finding.confirmed("CloudFront may not decrypt: " + kms.detail(), kms.evidence()) : kms;
  }

  /** The request carried no credentials and nothing lets anonymous callers in. */
  public static Finding anonymous(Situation s) {
    if (!"anonymous".equals(s.request().principal())) {
      return s.request().principal() != null && s.bundle().request().isKnown() ? Finding.ruledOut("the request was signed") : Finding.silent();
    }
    if (s.decision() == RequestDecision.EXPLICITLY_DENIED || s.decision() == RequestDecision.IMPLICITLY_DENIED) {
      return Finding.confirmed("the request was anonymous, and no bucket policy statement allows anonymous callers", List.of());
    }
    return Finding.silent();
  }
}
