package dev.s3403.diagnostics.evidence;

import static dev.s3403.diagnostics.evidence.Json.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes buckets and what they hold; the counterpart of {@link BucketReads}. */
final class BucketWriter {
  private BucketWriter() {}

  static JsonNode bucket(BucketInfo b) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "account", b.account(), Json::text);
    put(o, "region", b.region(), Json::text);
    put(o, "exists", b.exists(), Json::bool);
    put(o, "policy", b.policy(), Json::policy);
    put(o, "blockPublicAccess", b.blockPublicAccess(), EvidenceWriter::blockPublicAccess);
    put(o, "objectOwnership", b.objectOwnership(), Json::wire);
    put(o, "acl", b.acl(), BucketWriter::acl);
    put(o, "encryption", b.encryption(), BucketWriter::encryption);
    put(o, "requesterPays", b.requesterPays(), Json::bool);
    put(o, "versioning", b.versioning(), Json::wire);
    put(o, "objectLock", b.objectLock(), BucketWriter::objectLock);
    put(o, "website", b.website(), Json::json);
    put(o, "objects", b.objects(), m -> Json.map(m, BucketWriter::object));
    return o;
  }

  private static JsonNode object(ObjectInfo i) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "exists", i.exists(), Json::bool);
    put(o, "ownerAccount", i.ownerAccount(), Json::text);
    put(o, "encryption", i.encryption(), BucketWriter::encryption);
    put(o, "storageClass", i.storageClass(), Json::text);
    put(o, "restored", i.restored(), Json::json);
    put(o, "tags", i.tags(), Json::strings);
    put(o, "acl", i.acl(), BucketWriter::acl);
    put(o, "legalHold", i.legalHold(), Json::bool);
    put(o, "retainUntil", i.retainUntil(), Json::time);
    return o;
  }

  private static JsonNode acl(Acl acl) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "owner", acl.owner(), Json::text);
    put(o, "grants", acl.grants(), l -> Json.list(l, BucketWriter::grant));
    return o;
  }

  private static JsonNode grant(Grant grant) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "grantee", grant.grantee(), g -> {
      ObjectNode grantee = Json.NODES.objectNode();
      put(grantee, "type", g.type(), Json::wire);
      put(grantee, "id", g.id(), Json::text);
      put(grantee, "uri", g.uri(), Json::text);
      return grantee;
    });
    put(o, "permission", grant.permission(), Json::wire);
    return o;
  }

  private static JsonNode encryption(Encryption e) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "algorithm", e.algorithm(), Json::text);
    put(o, "kmsKeyArn", e.kmsKeyArn(), Json::text);
    put(o, "bucketKeyEnabled", e.bucketKeyEnabled(), Json::bool);
    put(o, "blockedEncryptionTypes", e.blockedEncryptionTypes(), Json::texts);
    return o;
  }

  private static JsonNode objectLock(ObjectLock lock) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "mode", lock.mode(), Json::wire);
    put(o, "days", lock.days(), d -> Json.number(d));
    put(o, "years", lock.years(), y -> Json.number(y));
    return o;
  }
}
