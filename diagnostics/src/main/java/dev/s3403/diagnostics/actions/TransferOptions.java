package dev.s3403.diagnostics.actions;

import java.util.Set;

/**
 * What an {@code aws s3} command line settles about its requests: which conditional actions it rules out,
 * and which KMS key it names.
 *
 * @param sendsAcl        {@code --acl} or {@code --grants} is given
 * @param writeEncryption how the written objects are encrypted, as far as the options say
 * @param kmsKeyArn       the key ARN from {@code --sse-kms-key-id}, or {@code null} (absent, alias, or bare id)
 * @param copiesTags      a copy carries the source's tags ({@code --copy-props} other than {@code none})
 */
record TransferOptions(boolean sendsAcl, WriteEncryption writeEncryption, String kmsKeyArn, boolean copiesTags) {

  /** Headers the high-level commands never send, and response details they never need. */
  private static final Set<String> NEVER = Set.of(When.VERSION_ID, When.SOURCE_VERSION_ID, When.TAGGING_HEADER,
      When.RETENTION, When.LEGAL_HOLD, When.BYPASS_GOVERNANCE, When.TAG_COUNT, When.LEGAL_HOLD_STATUS,
      When.RETENTION_SETTINGS, When.FETCH_OWNER, When.OBJECT_LOCK_ENABLED, When.OBJECT_OWNERSHIP);
  private static final Set<String> WRITES = Set.of("PutObject", "CreateMultipartUpload", "UploadPart",
      "CompleteMultipartUpload", "CopyObject", "UploadPartCopy");

  /** Encryption of the objects a command writes. */
  enum WriteEncryption {
    /** No option: the bucket's default encryption decides, which may be SSE-KMS. */
    BUCKET_DEFAULT,
    /** {@code --sse aws:kms} or {@code --sse-kms-key-id}. */
    SSE_KMS,
    /** {@code --sse AES256} or {@code --sse-c}: no KMS key is used for the written object. */
    NOT_KMS
  }

  static TransferOptions of(CliArguments args) {
    boolean acl = args.has("--acl") || args.has("--grants");
    WriteEncryption encryption = args.has("--sse-c") && !args.has("--sse")
        ? WriteEncryption.NOT_KMS
        : encryption(args.option("--sse"), args.has("--sse-kms-key-id"));
    return new TransferOptions(acl, encryption, keyArn(args.option("--sse-kms-key-id")),
        !"none".equals(args.option("--copy-props")));
  }

  /** From {@code --sse} ({@code s3}) or {@code --server-side-encryption} ({@code s3api}); "" means AES256. */
  static WriteEncryption encryption(String sse, boolean keyGiven) {
    if (keyGiven || (sse != null && sse.startsWith("aws:kms"))) {
      return WriteEncryption.SSE_KMS;
    }
    return sse == null ? WriteEncryption.BUCKET_DEFAULT : WriteEncryption.NOT_KMS;
  }

  /** Key policies are evaluated on the key ARN; an alias or a bare key id does not give it. */
  static String keyArn(String keyId) {
    return keyId != null && keyId.startsWith("arn:") && keyId.contains(":key/") ? keyId : null;
  }

  boolean keeps(String operation, RequiredAction action) {
    String when = action.when();
    if (NEVER.contains(when)) {
      return false;
    }
    if (when.equals(When.ACL_HEADER)) {
      return sendsAcl;
    }
    if (when.equals(When.SOURCE_HAS_TAGS)) {
      return copiesTags;
    }
    return !writesEncrypted(operation, action) || writeEncryption != WriteEncryption.NOT_KMS;
  }

  RequiredAction adjust(String operation, RequiredAction action) {
    if (kmsKeyArn == null || !writesEncrypted(operation, action)) {
      return action;
    }
    return new RequiredAction(action.action(), kmsKeyArn, action.when());
  }

  /** True for a KMS action needed because the operation writes an object that may be SSE-KMS encrypted. */
  static boolean writesEncrypted(String operation, RequiredAction action) {
    return WRITES.contains(operation) && action.action().startsWith("kms:") && When.isWriteEncryption(action.when());
  }
}
