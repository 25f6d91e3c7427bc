package dev.s3403.diagnostics.evidence;

/**
 * Who an ACL grant is for: a canonical user ({@code id}) or a predefined group ({@code uri}, such as AllUsers).
 */
public record Grantee(Fact<Type> type, Fact<String> id, Fact<String> uri) {

  /** The grantee types of S3 ACLs. */
  public enum Type implements WireName {
    CANONICAL_USER("CanonicalUser"), GROUP("Group"), AMAZON_CUSTOMER_BY_EMAIL("AmazonCustomerByEmail");

    private final String wire;

    Type(String wire) {
      this.wire = wire;
    }

    @Override
    public String wire() {
      return wire;
    }
  }
}
