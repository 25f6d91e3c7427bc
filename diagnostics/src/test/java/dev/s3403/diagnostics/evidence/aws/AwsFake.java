package dev.s3403.diagnostics.evidence.aws;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** Real AWS SDK clients pointed at WireMock, which plays each service in its own protocol. */
final class AwsFake {
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

  private AwsFake() {}

  static AwsContext context(WireMockExtension wm) {
    return context(wm.baseUrl(), CALL_TIMEOUT);
  }

  static AwsContext context(String endpoint, Duration callTimeout) {
    var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDCOLLECTORTEST01", "collector-test-secret"));
    return AwsContext.create(Region.US_EAST_1, credentials, URI.create(endpoint), callTimeout);
  }

  static Draft draft() {
    return new Draft(Instant.parse("2026-11-22T11:00:00Z"));
  }
}
