package dev.s3403.diagnostics.evidence;

/**
 * The CloudFront distribution a request came through.
 *
 * @param oaiCanonicalId the canonical user id of the origin access identity, for OAI
 */
public record CloudFront(Fact<String> distributionArn, Fact<OriginAccess> originAccess, Fact<String> oaiCanonicalId,
    Fact<String> defaultRootObject) {

  /** How the distribution authenticates to its S3 origin. */
  public enum OriginAccess implements WireName {
    OAC("OAC"), OAI("OAI"), NONE("none");

    private final String wire;

    OriginAccess(String wire) {
      this.wire = wire;
    }

    @Override
    public String wire() {
      return wire;
    }
  }
}
