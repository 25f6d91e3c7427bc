package dev.s3403.diagnostics.evidence;

/**
 * An S3 access point.
 *
 * @param bucket the name of the bucket behind it
 * @param vpcId the only VPC it accepts requests from, when its network origin is {@code VPC}
 * @param policy missing means the access point has no policy
 */
public record AccessPointInfo(Fact<String> bucket, Fact<NetworkOrigin> networkOrigin, Fact<String> vpcId,
    Fact<PolicyDocument> policy, Fact<BlockPublicAccess> blockPublicAccess) {

  /** Where an access point accepts requests from. */
  public enum NetworkOrigin implements WireName {
    VPC("VPC"), INTERNET("Internet");

    private final String wire;

    NetworkOrigin(String wire) {
      this.wire = wire;
    }

    @Override
    public String wire() {
      return wire;
    }
  }
}
