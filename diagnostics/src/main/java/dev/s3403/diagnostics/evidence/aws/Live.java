package dev.s3403.diagnostics.evidence.aws;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * A live collection from the callers' point of view (the CLI, the Slack bot), with no AWS type in sight: the
 * bot's own credentials from the default provider chain, or a read-only role assumed with an external id.
 */
public final class Live {
  /** The whole collection's budget, and each call's, unless the caller says otherwise. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(20);
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(5);

  private Live() {}

  /**
   * @param region null for the default region chain (AWS_REGION, the profile), else us-east-1
   * @param endpointUrl one endpoint for every service (a test double, a proxy); null for AWS's own
   * @param roleArn a read-only role in the account to inspect, assumed first; null to use the own credentials
   */
  public record Settings(String region, String endpointUrl, String roleArn, String externalId, Duration callTimeout,
      Duration deadline) {}

  /** Nothing can be collected at all (no credentials, a role that cannot be assumed): one line saying why. */
  public static final class CannotCollect extends Exception {
    public CannotCollect(String message) {
      super(message);
    }
  }

  public static Collection.Result collect(Settings s, Target target, Consumer<String> progress)
      throws InterruptedException, CannotCollect {
    Region region = region(s.region());
    URI endpoint = s.endpointUrl() == null ? null : URI.create(s.endpointUrl());
    AwsCredentialsProvider own = DefaultCredentialsProvider.builder().build();
    AwsCredentialsProvider credentials = own;
    StsClient sts = null;
    if (s.roleArn() != null) {
      var stsBuilder = StsClient.builder().region(region).credentialsProvider(own);
      if (endpoint != null) stsBuilder.endpointOverride(endpoint);
      sts = stsBuilder.build();
      StsClient client = sts;
      credentials = StsAssumeRoleCredentialsProvider.builder().stsClient(client).refreshRequest(r -> {
        r.roleArn(s.roleArn()).roleSessionName("s3-403-collect").durationSeconds(900);
        if (s.externalId() != null) r.externalId(s.externalId());
      }).build();
    }
    try {
      // Once, up front: without credentials every call would fail, each with a misleading reason of its own.
      credentials.resolveCredentials();
    } catch (RuntimeException e) {
      if (sts != null) sts.close();
      throw new CannotCollect(s.roleArn() != null ? "cannot assume " + s.roleArn() + ": " + firstLine(e)
          : "no AWS credentials found (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY): " + firstLine(e));
    }
    try (AwsContext aws = AwsContext.create(region, credentials, endpoint, s.callTimeout())) {
      return LiveCollection.of(s.deadline(), Clock.systemUTC()).run(aws, target, progress);
    } finally {
      if (sts != null) sts.close();
    }
  }

  private static String firstLine(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() != null && t.getMessage().startsWith("Unable to load credentials")) t = t.getCause();
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    return m.length() > 160 ? m.substring(0, 160) + "…" : m;
  }

  private static Region region(String given) {
    if (given != null) return Region.of(given);
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (RuntimeException e) {
      return Region.US_EAST_1;
    }
  }
}
