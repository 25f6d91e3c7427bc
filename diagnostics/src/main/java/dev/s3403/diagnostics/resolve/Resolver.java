package dev.s3403.diagnostics.resolve;

import dev.s3403.diagnostics.actions.OperationActions;
import dev.s3403.diagnostics.actions.RequiredAction;
import dev.s3403.diagnostics.actions.When;
import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.eval.cases.Callers;
import dev.s3403.diagnostics.evidence.AccountInfo;
import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Encryption;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.ObjectInfo;
import dev.s3403.diagnostics.evidence.Organization;
import dev.s3403.diagnostics.evidence.Request;
import dev.s3403.diagnostics.parse.ParsedError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Joins the error text and the evidence into the request to diagnose (taxonomy §5.2, steps 1–2): who asked,
 * whose bucket, how the two accounts relate, and every action the operation needs, with the conditional ones
 * the evidence settles (an SSE-KMS object needs {@code kms:Decrypt} on its key; an ACL header needs
 * {@code s3:PutObjectAcl}).
 */
public final class Resolver {
  private Resolver() {}

  public static ResolvedRequest resolve(ParsedError parsed, Bundle bundle) {
    Request request = bundle.request().orNull();
    String evidencePrincipal = request == null ? null : request.principal().orNull();
    String principal = evidencePrincipal != null ? evidencePrincipal : parsed.principalArn();
    String operation = first(request == null ? null : request.operation().orNull(), parsed.operation());
    String bucket = first(request == null ? null : request.bucket().orNull(), parsed.bucket());
    String key = first(request == null ? null : request.key().orNull(), parsed.key());
    String principalAccount = principal == null ? null : Callers.read(principal).map(Caller::account).orElse(null);
    BucketInfo bucketInfo = Lookups.bucket(bundle, bucket);
    String bucketAccount = bucketInfo == null ? null : bucketInfo.account().orNull();
    Relation relation = relation(bundle, principalAccount, bucketAccount);

    String sourceBucket = null;
    String sourceKey = null;
    if (request != null && request.source().orNull() != null) {
      sourceBucket = request.source().orNull().bucket().orNull();
      sourceKey = request.source().orNull().key().orNull();
    }
    List<RequiredAction> actions = new ArrayList<>();
    List<RequiredAction> conditional = new ArrayList<>();
    if (operation != null) {
      for (RequiredAction a : OperationActions.requiredActions(operation, bucket, key, sourceBucket, sourceKey)) {
        switch (applies(a, operation, request, bundle, bucketInfo, key)) {
          case Applies yes -> actions.add(yes.action());
          case DoesNotApply no -> { }
          case Unsettled u -> conditional.add(a);
        }
      }
    } else if (parsed.action() != null) {
      actions.add(new RequiredAction(parsed.action(), parsed.resourceArn(), When.ALWAYS));
    }
    return new ResolvedRequest(principal, parsed.principalArn(), principalAccount, bucket, key, bucketAccount,
        relation, operation, actions, conditional);
  }

  private sealed interface Applicability {}

  private record Applies(RequiredAction action) implements Applicability {}

  private record DoesNotApply() implements Applicability {}

  private record Unsettled() implements Applicability {}

  private static Applicability applies(RequiredAction a, String operation, Request request, Bundle bundle,
      BucketInfo bucket, String key) {
    if (a.unconditional()) return new Applies(a);
    Map<String, String> headers = request == null ? null : request.headers().orNull();
    return switch (a.when()) {
      // For an upload the object's key is the one the upload names or the bucket's default; for a read, the
      // stored object's.
      case When.SSE_KMS -> (writes(operation) ? uploadKey(headers, bucket, bundle) : objectKey(bucket, key))
          .map(k -> k.isEmpty() ? (Applicability) new DoesNotApply() : new Applies(withResource(a, k)))
          .orElse(new Unsettled());
      case When.SOURCE_SSE_KMS -> objectKey(bucket, key)
          .map(k -> k.isEmpty() ? (Applicability) new DoesNotApply() : new Applies(withResource(a, k)))
          .orElse(new Unsettled());
      case When.DESTINATION_SSE_KMS, When.MULTIPART_SSE_KMS -> {
        if (a.when().equals(When.MULTIPART_SSE_KMS) && !multipart(operation)) yield new DoesNotApply();
        yield uploadKey(headers, bucket, bundle)
            .map(k -> k.isEmpty() ? (Applicability) new DoesNotApply() : new Applies(withResource(a, k)))
            .orElse(new Unsettled());
      }
      case When.MULTIPART -> multipart(operation) ? new Applies(a) : new DoesNotApply();
      case When.ACL_HEADER -> headers == null ? new Unsettled()
          : headers.keySet().stream().anyMatch(h -> lower(h).equals("x-amz-acl") || lower(h).startsWith("x-amz-grant-"))
              ? new Applies(a) : new DoesNotApply();
      case When.TAGGING_HEADER -> headers == null ? new Unsettled()
          : headers.keySet().stream().anyMatch(h -> lower(h).equals("x-amz-tagging")) ? new Applies(a) : new DoesNotApply();
      // What S3 only leaves out of a response when the action is not allowed never makes the request fail.
      case When.TAG_COUNT, When.LEGAL_HOLD_STATUS, When.RETENTION_SETTINGS -> new DoesNotApply();
      case When.RETENTION -> byHeader(headers, "x-amz-object-lock-mode", "x-amz-object-lock-retain-until-date", a);
      case When.LEGAL_HOLD -> byHeader(headers, "x-amz-object-lock-legal-hold", null, a);
      case When.BYPASS_GOVERNANCE -> byHeader(headers, "x-amz-bypass-governance-retention", null, a);
      case When.OBJECT_LOCK_ENABLED -> byHeader(headers, "x-amz-bucket-object-lock-enabled", null, a);
      case When.OBJECT_OWNERSHIP -> byHeader(headers, "x-amz-object-ownership", null, a);
      case When.VERSION_ID -> request == null || request.versionId().isUnknown() ? new Unsettled()
          : request.versionId().isKnown() ? new Applies(a) : new DoesNotApply();
      // A condition on request parameters the evidence would have shown (a known request with known headers)
      // and does not is taken not to hold; with no such evidence it stays open.
      default -> headers == null ? new Unsettled() : new DoesNotApply();
    };
  }

  private static Applicability byHeader(Map<String, String> headers, String name, String other, RequiredAction a) {
    if (headers == null) return new Unsettled();
    boolean sent = header(headers, name) != null || other != null && header(headers, other) != null;
    return sent ? new Applies(a) : new DoesNotApply();
  }

  private static boolean writes(String operation) {
    return List.of("PutObject", "CopyObject", "CreateMultipartUpload", "UploadPart", "UploadPartCopy",
        "CompleteMultipartUpload", "PostObject").contains(operation);
  }

  private static boolean multipart(String operation) {
    return List.of("CreateMultipartUpload", "UploadPart", "UploadPartCopy", "CompleteMultipartUpload").contains(operation);
  }

  /**
   * The KMS key of the object read: its own encryption, else (for an object whose encryption is not known but
   * whose bucket encrypts with KMS by default) nothing certain. Empty string: known not to be SSE-KMS.
   */
  private static Optional<String> objectKey(BucketInfo bucket, String key) {
    if (bucket == null || key == null) return Optional.empty();
    Map<String, ObjectInfo> objects = bucket.objects().orNull();
    ObjectInfo object = objects == null ? null : objects.get(key);
    if (object == null || object.encryption().isUnknown()) return Optional.empty();
    Encryption e = object.encryption().orNull();
    if (e == null || !isKms(e.algorithm().orNull())) return Optional.of("");
    String arn = e.kmsKeyArn().orNull();
    return Optional.of(arn == null ? "*" : arn);
  }

  /** The KMS key an upload is encrypted with: the request's header, else the bucket's default encryption. */
  private static Optional<String> uploadKey(Map<String, String> headers, BucketInfo bucket, Bundle bundle) {
    if (headers != null) {
      String sse = header(headers, "x-amz-server-side-encryption");
      if (sse != null && !isKms(sse)) return Optional.of("");
      if (sse != null) {
        String keyId = header(headers, "x-amz-server-side-encryption-aws-kms-key-id");
        if (keyId != null) return Optional.of(Lookups.keyArn(bundle, keyId));
        Encryption e = bucket == null ? null : bucket.encryption().orNull();
        String arn = e == null ? null : e.kmsKeyArn().orNull();
        return Optional.of(arn == null ? "*" : arn);
      }
    }
    if (bucket == null || bucket.encryption().isUnknown()) return Optional.empty();
    Encryption e = bucket.encryption().orNull();
    if (e == null || !isKms(e.algorithm().orNull())) return headers == null ? Optional.empty() : Optional.of("");
    String arn = e.kmsKeyArn().orNull();
    return Optional.of(arn == null ? "*" : arn);
  }

  private static boolean isKms(String algorithm) {
    return algorithm != null && lower(algorithm).startsWith("aws:kms");
  }

  private static RequiredAction withResource(RequiredAction a, String resource) {
    return new RequiredAction(a.action(), a.resource() != null ? a.resource() : resource, a.when());
  }

  private static Relation relation(Bundle bundle, String principalAccount, String bucketAccount) {
    if (principalAccount == null || bucketAccount == null) return Relation.UNKNOWN;
    if (principalAccount.equals(bucketAccount)) return Relation.SAME_ACCOUNT;
    Fact<Organization> a = organization(bundle, principalAccount);
    Fact<Organization> b = organization(bundle, bucketAccount);
    if (a.isMissing() || b.isMissing()) return Relation.CROSS_ORGANIZATION;
    String idA = a.isKnown() ? a.orNull().id().orNull() : null;
    String idB = b.isKnown() ? b.orNull().id().orNull() : null;
    if (idA == null || idB == null) return Relation.CROSS_ACCOUNT;
    return idA.equals(idB) ? Relation.SAME_ORGANIZATION : Relation.CROSS_ORGANIZATION;
  }

  private static Fact<Organization> organization(Bundle bundle, String account) {
    AccountInfo info = Lookups.account(bundle, account);
    return info == null ? Fact.unknown() : info.organization();
  }

  private static String header(Map<String, String> headers, String name) {
    for (var e : headers.entrySet()) {
      if (lower(e.getKey()).equals(name)) return e.getValue();
    }
    return null;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }


  static boolean same(String a, String b) {
    return Objects.equals(a, b);
  }
}
