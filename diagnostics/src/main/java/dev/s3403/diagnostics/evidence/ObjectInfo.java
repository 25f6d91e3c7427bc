package dev.s3403.diagnostics.evidence;

import java.time.Instant;
import java.util.Map;

/**
 * One object in a bucket, as {@code head-object} and {@code get-object-acl} show it.
 *
 * @param ownerAccount the account that owns the object, which need not own the bucket
 * @param restored the restore status of an archived object as given; missing means not restored
 * @param retainUntil the Object Lock retention date; missing means none
 */
public record ObjectInfo(Fact<Boolean> exists, Fact<String> ownerAccount, Fact<Encryption> encryption,
    Fact<String> storageClass, Fact<JsonValue> restored, Fact<Map<String, String>> tags, Fact<Acl> acl,
    Fact<Boolean> legalHold, Fact<Instant> retainUntil) {

  public ObjectInfo {
    tags = Immutable.map(tags);
  }
}
