package dev.s3403.diagnostics.evidence;

import static dev.s3403.diagnostics.evidence.Json.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a bundle as {@code s3-403/evidence@1} JSON: an unknown member is left out, a member known not to exist is
 * {@code null}, an empty list is {@code []}. Reading a bundle and writing it gives back the same JSON tree.
 */
public final class EvidenceWriter {
  private EvidenceWriter() {}

  public static ObjectNode write(Bundle bundle) {
    ObjectNode o = Json.NODES.objectNode();
    o.put("format", bundle.format());
    put(o, "collectedAt", bundle.collectedAt(), Json::time);
    put(o, "request", bundle.request(), EvidenceWriter::request);
    put(o, "principals", bundle.principals(), m -> Json.map(m, EvidenceWriter::principal));
    put(o, "accounts", bundle.accounts(), m -> Json.map(m, EvidenceWriter::account));
    put(o, "buckets", bundle.buckets(), m -> Json.map(m, BucketWriter::bucket));
    put(o, "kmsKeys", bundle.kmsKeys(), m -> Json.map(m, ResourceWriter::kmsKey));
    put(o, "vpcEndpoints", bundle.vpcEndpoints(), m -> Json.map(m, ResourceWriter::vpcEndpoint));
    put(o, "accessPoints", bundle.accessPoints(), m -> Json.map(m, ResourceWriter::accessPoint));
    put(o, "unavailable", bundle.unavailable(), l -> Json.list(l, ResourceWriter::unavailable));
    return o;
  }

  private static JsonNode request(Request r) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "principal", r.principal(), Json::text);
    put(o, "operation", r.operation(), Json::text);
    put(o, "bucket", r.bucket(), Json::text);
    put(o, "key", r.key(), Json::text);
    put(o, "versionId", r.versionId(), Json::text);
    put(o, "source", r.source(), s -> {
      ObjectNode source = Json.NODES.objectNode();
      put(source, "bucket", s.bucket(), Json::text);
      put(source, "key", s.key(), Json::text);
      return source;
    });
    put(o, "headers", r.headers(), Json::strings);
    put(o, "context", r.context(), m -> Json.map(m, EvidenceWriter::contextValue));
    put(o, "parameters", r.parameters(), m -> Json.map(m, Json::json));
    put(o, "sessionPolicy", r.sessionPolicy(), Json::policy);
    put(o, "via", r.via(), Json::wire);
    put(o, "accessPoint", r.accessPoint(), Json::text);
    put(o, "presigned", r.presigned(), EvidenceWriter::presigned);
    put(o, "cloudfront", r.cloudfront(), EvidenceWriter::cloudfront);
    put(o, "time", r.time(), Json::time);
    return o;
  }

  private static JsonNode contextValue(ContextValue value) {
    return switch (value) {
      case ContextValue.One(String one) -> Json.text(one);
      case ContextValue.Many(var many) -> Json.texts(many);
    };
  }

  private static JsonNode presigned(Presigned p) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "signer", p.signer(), Json::text);
    put(o, "accessKeyType", p.accessKeyType(), Json::wire);
    put(o, "signedAt", p.signedAt(), Json::time);
    put(o, "expiresIn", p.expiresIn(), Json::number);
    put(o, "credentialsExpireAt", p.credentialsExpireAt(), Json::time);
    return o;
  }

  private static JsonNode cloudfront(CloudFront c) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "distributionArn", c.distributionArn(), Json::text);
    put(o, "originAccess", c.originAccess(), Json::wire);
    put(o, "oaiCanonicalId", c.oaiCanonicalId(), Json::text);
    put(o, "defaultRootObject", c.defaultRootObject(), Json::text);
    return o;
  }

  private static JsonNode principal(PrincipalInfo p) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "account", p.account(), Json::text);
    put(o, "type", p.type(), Json::wire);
    put(o, "id", p.id(), Json::text);
    put(o, "createDate", p.createDate(), Json::time);
    put(o, "identityPolicies", p.identityPolicies(), l -> Json.list(l, EvidenceWriter::policyDoc));
    put(o, "permissionsBoundary", p.permissionsBoundary(), EvidenceWriter::policyDoc);
    put(o, "tags", p.tags(), Json::strings);
    return o;
  }

  static JsonNode policyDoc(PolicyDoc p) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "name", p.name(), Json::text);
    put(o, "arn", p.arn(), Json::text);
    put(o, "updatedAt", p.updatedAt(), Json::time);
    put(o, "document", p.document(), Json::policy);
    return o;
  }

  private static JsonNode account(AccountInfo a) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "canonicalId", a.canonicalId(), Json::text);
    put(o, "organization", a.organization(), org -> {
      ObjectNode out = Json.NODES.objectNode();
      put(out, "id", org.id(), Json::text);
      put(out, "scps", org.scps(), l -> Json.list(l, EvidenceWriter::level));
      put(out, "rcps", org.rcps(), l -> Json.list(l, EvidenceWriter::level));
      return out;
    });
    put(o, "blockPublicAccess", a.blockPublicAccess(), EvidenceWriter::blockPublicAccess);
    return o;
  }

  private static JsonNode level(PolicyLevel level) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "target", level.target(), Json::text);
    put(o, "policies", level.policies(), l -> Json.list(l, EvidenceWriter::policyDoc));
    return o;
  }

  static JsonNode blockPublicAccess(BlockPublicAccess b) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "BlockPublicAcls", b.blockPublicAcls(), Json::bool);
    put(o, "IgnorePublicAcls", b.ignorePublicAcls(), Json::bool);
    put(o, "BlockPublicPolicy", b.blockPublicPolicy(), Json::bool);
    put(o, "RestrictPublicBuckets", b.restrictPublicBuckets(), Json::bool);
    return o;
  }
}
