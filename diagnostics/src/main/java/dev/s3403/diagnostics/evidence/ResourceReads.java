package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Readers for KMS keys, VPC endpoints, access points, and the list of what could not be collected. */
final class ResourceReads {
  private ResourceReads() {}

  static Fact<KmsKeyInfo> kmsKey(JsonNode node, At at) {
    return Reads.object(node, at, m -> new KmsKeyInfo(
        m.get("account", Reads::accountId),
        m.get("manager", Reads.oneOf(KmsKeyInfo.Manager.class)),
        m.get("aliases", Reads::texts),
        m.get("state", Reads.oneOf(KmsKeyInfo.State.class)),
        m.get("policy", Reads::policy),
        m.get("grants", Reads.list(ResourceReads::grant))));
  }

  private static Fact<KmsGrant> grant(JsonNode node, At at) {
    return Reads.object(node, at, m -> new KmsGrant(
        m.get("grantee", Reads::text),
        m.get("operations", Reads::texts),
        m.get("constraints", ResourceReads::constraints)));
  }

  private static Fact<KmsGrant.Constraints> constraints(JsonNode node, At at) {
    return Reads.object(node, at, m -> new KmsGrant.Constraints(
        m.get("encryptionContextSubset", Reads::strings),
        m.get("encryptionContextEquals", Reads::strings)));
  }

  static Fact<VpcEndpointInfo> vpcEndpoint(JsonNode node, At at) {
    return Reads.object(node, at, m -> new VpcEndpointInfo(
        m.get("account", Reads::accountId),
        m.get("service", Reads::text),
        m.get("type", Reads.oneOf(VpcEndpointInfo.Type.class)),
        m.get("policy", Reads::policy)));
  }

  static Fact<AccessPointInfo> accessPoint(JsonNode node, At at) {
    return Reads.object(node, at, m -> new AccessPointInfo(
        m.get("bucket", Reads::text),
        m.get("networkOrigin", Reads.oneOf(AccessPointInfo.NetworkOrigin.class)),
        m.get("vpcId", Reads::text),
        m.get("policy", Reads::policy),
        m.get("blockPublicAccess", IdentityReads::blockPublicAccess)));
  }

  /**
   * Unlike other lists, {@code unavailable} claims nothing by being complete, so an unusable entry is left out and
   * the others are kept.
   */
  static Fact<List<Unavailable>> unavailable(JsonNode node, At at) {
    if (!node.isArray()) return at.wrongType("an array", node);
    List<Unavailable> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      unavailableEntry(node.get(i), at.item(i)).asOptional().ifPresent(out::add);
    }
    return Fact.known(out);
  }

  private static Fact<Unavailable> unavailableEntry(JsonNode node, At at) {
    Fact<Fact<Unavailable>> entry = Reads.object(node, at, m -> {
      Fact<String> what = required(m, "what", ResourceReads::pointer);
      Fact<String> reason = required(m, "reason", Reads::text);
      if (what instanceof Fact.Known<String>(String w) && reason instanceof Fact.Known<String>(String r)) {
        return Fact.known(new Unavailable(w, r));
      }
      return Fact.unknown();
    });
    return switch (entry) {
      case Fact.Known<Fact<Unavailable>>(Fact<Unavailable> inner) -> inner;
      case Fact.Missing<Fact<Unavailable>> missing -> Fact.unknown();
      case Fact.Unknown<Fact<Unavailable>> unknown -> Fact.unknown();
    };
  }

  /** Both members of an {@code unavailable} entry are needed for it to say anything, so neither may be null. */
  private static Fact<String> required(Members m, String name, Read<String> read) {
    JsonNode value = m.raw(name);
    if (value == null) {
      m.at().member(name).error("is missing: an `unavailable` entry needs `what` and `reason`");
      return Fact.unknown();
    }
    return read.read(value, m.at().requiredMember(name));
  }

  private static Fact<String> pointer(JsonNode node, At at) {
    if (!node.isTextual()) return at.wrongType("a JSON pointer into the bundle (a string)", node);
    return Pointer.isPointer(node.textValue()) ? Fact.known(node.textValue())
        : at.invalid("a JSON pointer into the bundle such as `/buckets/acme-reports/policy`", node.textValue());
  }
}
