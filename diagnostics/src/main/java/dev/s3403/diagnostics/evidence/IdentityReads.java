package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;

/** Readers for who is involved: principals, their policies, accounts and organizations. */
final class IdentityReads {
  private IdentityReads() {}

  static Fact<PrincipalInfo> principal(JsonNode node, At at) {
    return Reads.object(node, at, m -> new PrincipalInfo(
        m.get("account", Reads::accountId),
        m.get("type", Reads.oneOf(PrincipalInfo.Type.class)),
        m.get("id", Reads::text),
        m.get("createDate", Reads::time),
        m.get("identityPolicies", Reads.list(IdentityReads::policyDoc)),
        m.get("permissionsBoundary", IdentityReads::policyDoc),
        m.get("tags", Reads::strings)));
  }

  static Fact<PolicyDoc> policyDoc(JsonNode node, At at) {
    return Reads.object(node, at, m -> new PolicyDoc(
        m.get("name", Reads::text),
        m.get("arn", Reads::arn),
        m.get("updatedAt", Reads::time),
        m.get("document", Reads::policy)));
  }

  static Fact<AccountInfo> account(JsonNode node, At at) {
    return Reads.object(node, at, m -> new AccountInfo(
        m.get("canonicalId", Reads::text),
        m.get("organization", IdentityReads::organization),
        m.get("blockPublicAccess", IdentityReads::blockPublicAccess)));
  }

  private static Fact<Organization> organization(JsonNode node, At at) {
    return Reads.object(node, at, m -> new Organization(
        m.get("id", Reads::text),
        m.get("scps", Reads.list(IdentityReads::level)),
        m.get("rcps", Reads.list(IdentityReads::level))));
  }

  private static Fact<PolicyLevel> level(JsonNode node, At at) {
    return Reads.object(node, at, m -> new PolicyLevel(
        m.get("target", Reads::text),
        m.get("policies", Reads.list(IdentityReads::policyDoc))));
  }

  /** The four flags under their AWS names, as {@code get-public-access-block} prints them. */
  static Fact<BlockPublicAccess> blockPublicAccess(JsonNode node, At at) {
    return Reads.object(node, at, m -> new BlockPublicAccess(
        m.get("BlockPublicAcls", Reads::bool),
        m.get("IgnorePublicAcls", Reads::bool),
        m.get("BlockPublicPolicy", Reads::bool),
        m.get("RestrictPublicBuckets", Reads::bool)));
  }
}
