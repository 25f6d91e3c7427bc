package dev.s3403.diagnostics.evidence;

import java.util.Map;

/**
 * An S3 bucket. A bucket known not to exist ({@code exists} false) needs no other member.
 *
 * @param policy missing means the bucket has no bucket policy
 * @param blockPublicAccess the bucket-level settings; missing means none are set
 * @param objectLock the default retention; missing means none
 * @param website the website configuration as given; missing means the bucket is not a website
 * @param objects keyed by object key
 */
public record BucketInfo(Fact<String> account, Fact<String> region, Fact<Boolean> exists, Fact<PolicyDocument> policy,
    Fact<BlockPublicAccess> blockPublicAccess, Fact<ObjectOwnership> objectOwnership, Fact<Acl> acl,
    Fact<Encryption> encryption, Fact<Boolean> requesterPays, Fact<Versioning> versioning,
    Fact<ObjectLock> objectLock, Fact<JsonValue> website, Fact<Map<String, ObjectInfo>> objects) {

  public BucketInfo {
    objects = Immutable.map(objects);
  }

  /** The Object Ownership setting: with {@code BucketOwnerEnforced} ACLs no longer grant anything. */
  public enum ObjectOwnership implements WireName {
    BUCKET_OWNER_ENFORCED("BucketOwnerEnforced"), BUCKET_OWNER_PREFERRED("BucketOwnerPreferred"),
    OBJECT_WRITER("ObjectWriter");

    private final String wire;

    ObjectOwnership(String wire) {
      this.wire = wire;
    }

    @Override
    public String wire() {
      return wire;
    }
  }

  /** The versioning state. */
  public enum Versioning implements WireName {
    ENABLED("Enabled"), SUSPENDED("Suspended"), DISABLED("Disabled");

    private final String wire;

    Versioning(String wire) {
      this.wire = wire;
    }

    @Override
    public String wire() {
      return wire;
    }
  }
}
