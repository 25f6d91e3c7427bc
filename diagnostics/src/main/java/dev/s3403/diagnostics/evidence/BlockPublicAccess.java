package dev.s3403.diagnostics.evidence;

/** The four S3 Block Public Access flags, as an account, a bucket or an access point sets them. */
public record BlockPublicAccess(Fact<Boolean> blockPublicAcls, Fact<Boolean> ignorePublicAcls,
    Fact<Boolean> blockPublicPolicy, Fact<Boolean> restrictPublicBuckets) {

  /** All four set to the same known value. */
  public static BlockPublicAccess all(boolean on) {
    return new BlockPublicAccess(Fact.known(on), Fact.known(on), Fact.known(on), Fact.known(on));
  }
}
