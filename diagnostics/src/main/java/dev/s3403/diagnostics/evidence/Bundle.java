package dev.s3403.diagnostics.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one failed S3 request ({@code spec/evidence-bundle.md}, format {@value #FORMAT}): who called,
 * what was asked, and the configuration around it. Whatever the source (a bundle file, pasted CLI outputs, live
 * collectors), evidence lives here, and every member says whether it is unknown, known absent or known.
 *
 * @param principals IAM users and roles keyed by their ARN (not the session ARN)
 * @param accounts keyed by 12-digit account id
 * @param buckets keyed by bucket name
 * @param kmsKeys keyed by key ARN
 * @param vpcEndpoints keyed by endpoint id ({@code vpce-…})
 * @param accessPoints keyed by access point ARN
 * @param unavailable what could not be collected, and why
 */
public record Bundle(String format, Fact<Instant> collectedAt, Fact<Request> request,
    Fact<Map<String, PrincipalInfo>> principals, Fact<Map<String, AccountInfo>> accounts,
    Fact<Map<String, BucketInfo>> buckets, Fact<Map<String, KmsKeyInfo>> kmsKeys,
    Fact<Map<String, VpcEndpointInfo>> vpcEndpoints, Fact<Map<String, AccessPointInfo>> accessPoints,
    Fact<List<Unavailable>> unavailable) {

  public static final String FORMAT = "s3-403/evidence@1";

  public Bundle {
    java.util.Objects.requireNonNull(format);
    principals = Immutable.map(principals);
    accounts = Immutable.map(accounts);
    buckets = Immutable.map(buckets);
    kmsKeys = Immutable.map(kmsKeys);
    vpcEndpoints = Immutable.map(vpcEndpoints);
    accessPoints = Immutable.map(accessPoints);
    unavailable = Immutable.list(unavailable);
  }

  /** {@code {"format": "s3-403/evidence@1"}}: valid, and the diagnosis works from the error text alone. */
  public static Bundle empty() {
    return new Bundle(FORMAT, Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown(),
        Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown());
  }
}
