package dev.s3403.diagnostics.evidence.aws;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS clients a collection uses, built once: one region, one credentials provider, one HTTP client, a timeout
 * per call and the SDK's standard retries (throttling is retried; what still fails becomes {@code unavailable}).
 *
 * @param endpoint an endpoint override for every service (tests, VPC interface endpoints); null for AWS's own
 */
public record AwsContext(S3Client s3, S3ControlClient s3control, IamClient iam, StsClient sts, KmsClient kms,
    OrganizationsClient organizations, Ec2Client ec2, CloudTrailClient cloudtrail, SdkHttpClient http)
    implements AutoCloseable {

  public static AwsContext create(Region region, AwsCredentialsProvider credentials, URI endpoint, Duration callTimeout) {
    // S3 Control puts the account id in front of the host; with an endpoint override on localhost, resolve it there.
    SdkHttpClient http = ApacheHttpClient.builder().connectionTimeout(callTimeout).socketTimeout(callTimeout)
        .dnsResolver(host -> host.endsWith(".localhost") ? new InetAddress[] {InetAddress.getLoopbackAddress()}
            : InetAddress.getAllByName(host))
        .build();
    ClientOverrideConfiguration override = ClientOverrideConfiguration.builder()
        .apiCallAttemptTimeout(callTimeout).apiCallTimeout(callTimeout.multipliedBy(3))
        .retryStrategy(RetryMode.STANDARD).build();
    Region global = endpoint != null ? region : Region.AWS_GLOBAL;
    // The bucket need not be in the collection's region: S3 then redirects, and the client follows to the bucket's.
    S3Client s3 = configure(S3Client.builder().forcePathStyle(endpoint != null).crossRegionAccessEnabled(true), region,
        credentials, endpoint, http, override).build();
    return new AwsContext(s3,
        configure(S3ControlClient.builder(), region, credentials, endpoint, http, override).build(),
        configure(IamClient.builder(), global, credentials, endpoint, http, override).build(),
        configure(StsClient.builder(), region, credentials, endpoint, http, override).build(),
        configure(KmsClient.builder(), region, credentials, endpoint, http, override).build(),
        configure(OrganizationsClient.builder(), global, credentials, endpoint, http, override).build(),
        configure(Ec2Client.builder(), region, credentials, endpoint, http, override).build(),
        configure(CloudTrailClient.builder(), region, credentials, endpoint, http, override).build(),
        http);
  }

  private static <B extends software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>
      & software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>> B configure(B builder, Region region,
      AwsCredentialsProvider credentials, URI endpoint, SdkHttpClient http, ClientOverrideConfiguration override) {
    builder.region(region).credentialsProvider(credentials).httpClient(http).overrideConfiguration(override);
    if (endpoint != null) builder.endpointOverride(endpoint);
    return builder;
  }

  @Override
  public void close() {
    s3.close();
    s3control.close();
    iam.close();
    sts.close();
    kms.close();
    organizations.close();
    ec2.close();
    cloudtrail.close();
    http.close();
  }
}
