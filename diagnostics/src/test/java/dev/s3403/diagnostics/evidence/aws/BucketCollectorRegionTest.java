package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BucketCollectorRegionTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void should_fill_every_member_when_s3_redirects_the_collector_to_the_buckets_region() throws Exception {
    // GIVEN a bucket in eu-west-1: S3 redirects a request signed for us-east-1 (the collection's region)
    S3Fake.stubBucket(wm, "acme-reports");
    wm.stubFor(any(urlPathEqualTo("/acme-reports")).atPriority(1)
        .withHeader("Authorization", containing("/us-east-1/s3/aws4_request"))
        .willReturn(S3Fake.withS3Headers(aResponse().withStatus(301).withHeader("x-amz-bucket-region", "eu-west-1")
            .withHeader("Content-Type", "application/xml")
            .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>PermanentRedirect</Code><Message>The bucket "
                + "you are attempting to access must be addressed using the specified endpoint. Please send all future "
                + "requests to this endpoint.</Message><Endpoint>acme-reports.s3.eu-west-1.amazonaws.com</Endpoint>"
                + "<Bucket>acme-reports</Bucket><RequestId>AB12CD34EF56AB78</RequestId><HostId>h</HostId></Error>"))));
    var draft = AwsFake.draft();

    // WHEN the bucket is collected by a collection in us-east-1
    try (var aws = AwsFake.context(wm)) {
      new BucketCollector().collect(aws, new Target("acme-reports", null, null, null), draft);
    }

    // THEN the reads were signed again for eu-west-1 and answered, so nothing is unavailable
    then(draft.get("/unavailable")).isNull();
    then(draft.get("/buckets/acme-reports").size()).isEqualTo(11);
  }
}
