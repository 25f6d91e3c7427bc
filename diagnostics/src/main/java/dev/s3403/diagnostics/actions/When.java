package dev.s3403.diagnostics.actions;

import java.util.Set;

/**
 * The condition phrases of {@link RequiredAction#when()}: lower-case, no final period.
 *
 * <p>Callers compare against these constants rather than re-typing the phrases.
 */
public final class When {

  /** Needed on every call. */
  public static final String ALWAYS = "always";
  /** Unconditional on the source side of a copy. */
  public static final String SOURCE = "for the source object";
  /** Unconditional on the destination side of a copy. */
  public static final String DESTINATION = "for the destination object";
  /** Unconditional on the access point behind an Object Lambda access point, whose ARN is not in the request. */
  public static final String SUPPORTING_ACCESS_POINT = "for the supporting access point";

  public static final String SSE_KMS = "object is encrypted with SSE-KMS";
  public static final String SOURCE_SSE_KMS = "source object is encrypted with SSE-KMS";
  public static final String DESTINATION_SSE_KMS = "destination object is encrypted with SSE-KMS";
  public static final String MULTIPART = "transfer is multipart";
  public static final String MULTIPART_SSE_KMS =
      "transfer is multipart and the destination object is encrypted with SSE-KMS";
  public static final String ACL_HEADER = "request sends an ACL header";
  public static final String VERSION_ID = "request names a versionId";
  public static final String SOURCE_VERSION_ID = "request names a source versionId";
  public static final String TAGGING_HEADER = "request sends x-amz-tagging";
  public static final String SOURCE_HAS_TAGS = "source object has tags";
  public static final String RETENTION = "request sets Object Lock retention";
  public static final String LEGAL_HOLD = "request sets an Object Lock legal hold";
  public static final String BYPASS_GOVERNANCE = "request bypasses governance retention";
  public static final String TAG_COUNT = "response includes the object's tag count";
  public static final String LEGAL_HOLD_STATUS = "response includes the object's legal hold status";
  public static final String RETENTION_SETTINGS = "response includes the object's retention settings";
  public static final String FETCH_OWNER = "request asks for object owners";
  public static final String OBJECT_LOCK_ENABLED = "request enables Object Lock";
  public static final String OBJECT_OWNERSHIP = "request sets object ownership";
  public static final String TARGETS_BUCKET = "request targets a bucket";
  public static final String TARGETS_ACCOUNT = "request targets the account";
  public static final String ORGANIZATION_KEY = "key belongs to another account in the organization";
  public static final String METADATA_TABLE_SSE_KMS = "metadata table is encrypted with SSE-KMS";
  public static final String DIRECTORY_IDENTITY = "grantee is a directory identity";
  public static final String DIRECTORY_USER = "grantee is a directory user";
  public static final String DIRECTORY_GROUP = "grantee is a directory group";
  public static final String PRESIGNED_URL_USED = "presigned URL is used";
  public static final String SYNC_DELETE = "destination holds objects the source lacks";

  private static final Set<String> UNCONDITIONAL = Set.of(ALWAYS, SOURCE, DESTINATION, SUPPORTING_ACCESS_POINT);

  private static final Set<String> ALL = Set.of(ALWAYS, SOURCE, DESTINATION, SSE_KMS, SOURCE_SSE_KMS,
      DESTINATION_SSE_KMS, MULTIPART, MULTIPART_SSE_KMS, ACL_HEADER, VERSION_ID, SOURCE_VERSION_ID, TAGGING_HEADER,
      SOURCE_HAS_TAGS, RETENTION, LEGAL_HOLD, BYPASS_GOVERNANCE, TAG_COUNT, LEGAL_HOLD_STATUS, RETENTION_SETTINGS,
      FETCH_OWNER, OBJECT_LOCK_ENABLED, OBJECT_OWNERSHIP, TARGETS_BUCKET, TARGETS_ACCOUNT, ORGANIZATION_KEY,
      METADATA_TABLE_SSE_KMS, DIRECTORY_IDENTITY, DIRECTORY_USER, DIRECTORY_GROUP, SUPPORTING_ACCESS_POINT,
      PRESIGNED_URL_USED, SYNC_DELETE);

  private When() {
  }

  /** Every phrase this package produces. */
  public static Set<String> all() {
    return ALL;
  }

  /** True for {@link #ALWAYS} and the phrases that name where, not whether: copy sides, supporting access point. */
  public static boolean isUnconditional(String when) {
    return UNCONDITIONAL.contains(when);
  }

  /** True for the phrases that make a KMS action depend on the encryption of the written object. */
  static boolean isWriteEncryption(String when) {
    return SSE_KMS.equals(when) || DESTINATION_SSE_KMS.equals(when) || MULTIPART_SSE_KMS.equals(when);
  }
}
