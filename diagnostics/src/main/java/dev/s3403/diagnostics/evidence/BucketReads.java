package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;

/** Readers for buckets and what they hold: objects, ACLs, encryption, Object Lock. */
final class BucketReads {
  private BucketReads() {}

  static Fact<BucketInfo> bucket(JsonNode node, At at) {
    return Reads.object(node, at, m -> new BucketInfo(
        m.get("account", Reads::accountId),
        m.get("region", Reads::text),
        m.get("exists", Reads::bool),
        m.get("policy", Reads::policy),
        m.get("blockPublicAccess", IdentityReads::blockPublicAccess),
        m.get("objectOwnership", Reads.oneOf(BucketInfo.ObjectOwnership.class)),
        m.get("acl", BucketReads::acl),
        m.get("encryption", BucketReads::encryption),
        m.get("requesterPays", Reads::bool),
        m.get("versioning", Reads.oneOf(BucketInfo.Versioning.class)),
        m.get("objectLock", BucketReads::objectLock),
        m.get("website", Reads::anyObject),
        m.get("objects", Reads.entities(BucketReads::object))));
  }

  private static Fact<ObjectInfo> object(JsonNode node, At at) {
    return Reads.object(node, at, m -> new ObjectInfo(
        m.get("exists", Reads::bool),
        m.get("ownerAccount", Reads::accountId),
        m.get("encryption", BucketReads::encryption),
        m.get("storageClass", Reads::text),
        m.get("restored", Reads::anyJson),
        m.get("tags", Reads::strings),
        m.get("acl", BucketReads::acl),
        m.get("legalHold", Reads::bool),
        m.get("retainUntil", Reads::time)));
  }

  private static Fact<Acl> acl(JsonNode node, At at) {
    return Reads.object(node, at, m -> new Acl(
        m.get("owner", Reads::text),
        m.get("grants", Reads.list(BucketReads::grant))));
  }

  private static Fact<Grant> grant(JsonNode node, At at) {
    return Reads.object(node, at, m -> new Grant(
        m.get("grantee", BucketReads::grantee),
        m.get("permission", Reads.oneOf(Grant.Permission.class))));
  }

  private static Fact<Grantee> grantee(JsonNode node, At at) {
    return Reads.object(node, at, m -> new Grantee(
        m.get("type", Reads.oneOf(Grantee.Type.class)),
        m.get("id", Reads::text),
        m.get("uri", Reads::text)));
  }

  private static Fact<Encryption> encryption(JsonNode node, At at) {
    return Reads.object(node, at, m -> new Encryption(
        m.get("algorithm", Reads::text),
        m.get("kmsKeyArn", Reads::arn),
        m.get("bucketKeyEnabled", Reads::bool),
        m.get("blockedEncryptionTypes", Reads::texts)));
  }

  private static Fact<ObjectLock> objectLock(JsonNode node, At at) {
    return Reads.object(node, at, m -> new ObjectLock(
        m.get("mode", Reads.oneOf(ObjectLock.Mode.class)),
        m.get("days", Reads::count),
        m.get("years", Reads::count)));
  }
}
