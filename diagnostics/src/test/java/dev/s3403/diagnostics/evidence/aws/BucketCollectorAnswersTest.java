package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.S3Fake.NS;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** S3's answers that need reading in the bundle's words, one per case. */
class BucketCollectorAnswersTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("versioning never enabled", "versioning", "<VersioningConfiguration xmlns=\"" + NS + "\"/>",
            "versioning", "\"Disabled\""),
        Arguments.of("versioning suspended", "versioning",
            "<VersioningConfiguration xmlns=\"" + NS + "\"><Status>Suspended</Status></VersioningConfiguration>",
            "versioning", "\"Suspended\""),
        Arguments.of("requester pays", "requestPayment",
            "<RequestPaymentConfiguration xmlns=\"" + NS + "\"><Payer>Requester</Payer></RequestPaymentConfiguration>",
            "requesterPays", "true"),
        Arguments.of("legacy EU location", "location", "<LocationConstraint xmlns=\"" + NS + "\">EU</LocationConstraint>",
            "region", "\"eu-west-1\""),
        Arguments.of("object lock without a default retention", "object-lock",
            "<ObjectLockConfiguration xmlns=\"" + NS + "\"><ObjectLockEnabled>Enabled</ObjectLockEnabled>"
                + "</ObjectLockConfiguration>", "objectLock", "null"),
        Arguments.of("compliance retention in years", "object-lock",
            "<ObjectLockConfiguration xmlns=\"" + NS + "\"><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule>"
                + "<DefaultRetention><Mode>COMPLIANCE</Mode><Years>7</Years></DefaultRetention></Rule>"
                + "</ObjectLockConfiguration>", "objectLock", "{\"mode\": \"COMPLIANCE\", \"years\": 7}"),
        Arguments.of("SSE-S3 with nothing blocked", "encryption",
            "<ServerSideEncryptionConfiguration xmlns=\"" + NS + "\"><Rule><ApplyServerSideEncryptionByDefault>"
                + "<SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault>"
                + "<BucketKeyEnabled>false</BucketKeyEnabled><BlockedEncryptionTypes><EncryptionType>NONE"
                + "</EncryptionType></BlockedEncryptionTypes></Rule></ServerSideEncryptionConfiguration>",
            "encryption", "{\"algorithm\": \"AES256\", \"bucketKeyEnabled\": false, \"blockedEncryptionTypes\": []}"),
        Arguments.of("KMS key named by alias, blocked types not said", "encryption",
            "<ServerSideEncryptionConfiguration xmlns=\"" + NS + "\"><Rule><ApplyServerSideEncryptionByDefault>"
                + "<SSEAlgorithm>aws:kms</SSEAlgorithm><KMSMasterKeyID>alias/reports</KMSMasterKeyID>"
                + "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>",
            "encryption", "{\"algorithm\": \"aws:kms\", \"bucketKeyEnabled\": false}"),
        Arguments.of("website redirecting every request", "website",
            "<WebsiteConfiguration xmlns=\"" + NS + "\"><RedirectAllRequestsTo><HostName>example.com</HostName>"
                + "</RedirectAllRequestsTo></WebsiteConfiguration>",
            "website", "{\"indexDocument\": null, \"errorDocument\": null}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void should_write_the_member_in_the_bundles_words_when_s3_answers_so(String situation, String subresource,
      String xml, String member, String expected) throws Exception {
    // GIVEN S3 answering every read, this one as given
    S3Fake.stubBucket(wm, "acme-reports");
    wm.stubFor(S3Fake.bucketGet("acme-reports", subresource).willReturn(S3Fake.ok(xml)));
    var draft = AwsFake.draft();

    // WHEN the bucket is collected
    try (var aws = AwsFake.context(wm)) {
      new BucketCollector().collect(aws, new Target("acme-reports", null, null, null), draft);
    }

    // THEN the member says it as the bundle does
    then(draft.get("/buckets/acme-reports/" + member)).isEqualTo(Draft.json().readTree(expected));
  }
}
