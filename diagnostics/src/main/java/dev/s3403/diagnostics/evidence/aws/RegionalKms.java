package dev.s3403.diagnostics.evidence.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;
import software.amazon.awssdk.services.kms.KmsServiceClientConfiguration;

/**
 * KMS clients by region. KMS is regional: asked about a key of another region, it answers that the key does not
 * exist. So a key is read in the region its ARN names, whatever region the collection is set up for.
 */
final class RegionalKms implements AutoCloseable {
  private final AwsContext aws;
  private final Map<Region, KmsClient> others = new ConcurrentHashMap<>();

  RegionalKms(AwsContext aws) {
    this.aws = aws;
  }

  /** The client for the key's region: the collection's own one, or one like it (same credentials, HTTP client). */
  KmsClient forKey(String keyArn) {
    String[] parts = keyArn.split(":", 6);
    KmsServiceClientConfiguration home = aws.kms().serviceClientConfiguration();
    if (parts.length < 6 || parts[3].isEmpty() || parts[3].equals(home.region().id())) return aws.kms();
    return others.computeIfAbsent(Region.of(parts[3]), region -> {
      KmsClientBuilder builder = KmsClient.builder().region(region).credentialsProvider(home.credentialsProvider())
          .httpClient(aws.http()).overrideConfiguration(home.overrideConfiguration());
      home.endpointOverride().ifPresent(builder::endpointOverride);
      return builder.build();
    });
  }

  @Override
  public void close() {
    others.values().forEach(KmsClient::close);
  }
}
