package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.node.NullNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketCollectorMissingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Target TARGET = new Target("acme-reports", null, null, null);

  @ParameterizedTest(name = "{1} -> {0} null")
  @CsvSource(delimiter = '|', textBlock = """
      policy            | NoSuchBucketPolicy                              | policy            | The bucket policy does not exist
      blockPublicAccess | NoSuchPublicAccessBlockConfiguration            | publicAccessBlock | The public access block configuration was not found
      objectOwnership   | OwnershipControlsNotFoundError                  | ownershipControls | The bucket ownership controls were not found
      encryption        | ServerSideEncryptionConfigurationNotFoundError  | encryption        | The server side encryption configuration was not found
      objectLock        | ObjectLockConfigurationNotFoundError            | object-lock       | Object Lock configuration does not exist for this bucket
      website           | NoSuchWebsiteConfiguration                      | website           | The specified bucket does not have a website configuration
      """)
  void should_write_null_when_s3_says_the_configuration_does_not_exist(String member, String code, String subresource,
      String message) throws Exception {
    // GIVEN S3 answering every read, except that this configuration does not exist
    S3Fake.stubBucket(wm, "acme-reports");
    wm.stubFor(S3Fake.bucketGet("acme-reports", subresource).willReturn(S3Fake.error(404, code, message, "acme-reports")));
    var draft = AwsFake.draft();

    // WHEN the bucket is collected
    try (var aws = AwsFake.context(wm)) {
      new BucketCollector().collect(aws, TARGET, draft);
    }

    // THEN the member is null (known not to exist), the bucket exists, and nothing is unavailable
    then(draft.get("/buckets/acme-reports/" + member)).isEqualTo(NullNode.getInstance());
    then(draft.get("/buckets/acme-reports/exists").booleanValue()).isTrue();
    then(draft.get("/unavailable")).isNull();
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_write_only_exists_false_when_s3_says_the_bucket_does_not_exist() throws Exception {
    // GIVEN S3 answering NoSuchBucket to every read, as it does for a bucket nobody owns
    for (String subresource : S3Bodies.bucket().keySet()) {
      wm.stubFor(S3Fake.bucketGet("acme-reports", subresource)
          .willReturn(S3Fake.error(404, "NoSuchBucket", "The specified bucket does not exist", "acme-reports")));
    }
    var draft = AwsFake.draft();
    var collector = new BucketCollector();

    // WHEN the bucket is collected
    try (var aws = AwsFake.context(wm)) {
      collector.collect(aws, TARGET, draft);
    }

    // THEN the bucket is known not to exist, with no other member and nothing unavailable; the calls are still audited
    then(draft.get("/buckets/acme-reports")).isEqualTo(Draft.json().createObjectNode().put("exists", false));
    then(draft.get("/unavailable")).isNull();
    then(draft.calledActions()).containsExactlyInAnyOrderElementsOf(collector.actions());
  }
}
