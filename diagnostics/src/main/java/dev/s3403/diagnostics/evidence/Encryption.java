package dev.s3403.diagnostics.evidence;

import java.util.List;

/**
 * Default encryption of a bucket, or the encryption of one object.
 *
 * @param algorithm as S3 names it: {@code AES256}, {@code aws:kms}, {@code aws:kms:dsse}
 * @param blockedEncryptionTypes encryption types the bucket refuses ({@code SSE-C}); buckets only
 */
public record Encryption(Fact<String> algorithm, Fact<String> kmsKeyArn, Fact<Boolean> bucketKeyEnabled,
    Fact<List<String>> blockedEncryptionTypes) {

  public Encryption {
    blockedEncryptionTypes = Immutable.list(blockedEncryptionTypes);
  }
}
