package dev.s3403.diagnostics.eval;

/** The policy types a result reports on, named as in {@code spec/simulation-case.md}. */
public enum PolicyType {
  IDENTITY("identity"), RESOURCE("resource"), SCP("scp"), RCP("rcp"), PERMISSION_BOUNDARY("permissionBoundary"),
  SESSION("session"), VPC_ENDPOINT("vpcEndpoint"),
  /** Not a policy: S3 Block Public Access's RestrictPublicBuckets, which overrides a public resource policy. */
  S3_BLOCK_PUBLIC_ACCESS("s3BlockPublicAccess");

  private final String wireName;

  PolicyType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
