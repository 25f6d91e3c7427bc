package dev.s3403.diagnostics.evidence;

import static dev.s3403.diagnostics.evidence.Json.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes KMS keys, VPC endpoints, access points and {@code unavailable}; the counterpart of {@link ResourceReads}. */
final class ResourceWriter {
  private ResourceWriter() {}

  static JsonNode kmsKey(KmsKeyInfo k) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "account", k.account(), Json::text);
    put(o, "manager", k.manager(), Json::wire);
    put(o, "aliases", k.aliases(), Json::texts);
    put(o, "state", k.state(), Json::wire);
    put(o, "policy", k.policy(), Json::policy);
    put(o, "grants", k.grants(), l -> Json.list(l, ResourceWriter::grant));
    return o;
  }

  private static JsonNode grant(KmsGrant g) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "grantee", g.grantee(), Json::text);
    put(o, "operations", g.operations(), Json::texts);
    put(o, "constraints", g.constraints(), c -> {
      ObjectNode constraints = Json.NODES.objectNode();
      put(constraints, "encryptionContextSubset", c.encryptionContextSubset(), Json::strings);
      put(constraints, "encryptionContextEquals", c.encryptionContextEquals(), Json::strings);
      return constraints;
    });
    return o;
  }

  static JsonNode vpcEndpoint(VpcEndpointInfo v) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "account", v.account(), Json::text);
    put(o, "service", v.service(), Json::text);
    put(o, "type", v.type(), Json::wire);
    put(o, "policy", v.policy(), Json::policy);
    return o;
  }

  static JsonNode accessPoint(AccessPointInfo a) {
    ObjectNode o = Json.NODES.objectNode();
    put(o, "bucket", a.bucket(), Json::text);
    put(o, "networkOrigin", a.networkOrigin(), Json::wire);
    put(o, "vpcId", a.vpcId(), Json::text);
    put(o, "policy", a.policy(), Json::policy);
    put(o, "blockPublicAccess", a.blockPublicAccess(), EvidenceWriter::blockPublicAccess);
    return o;
  }

  static JsonNode unavailable(Unavailable u) {
    ObjectNode o = Json.NODES.objectNode();
    o.put("what", u.what());
    o.put("reason", u.reason());
    return o;
  }
}
