package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** WireMock playing S3 over path-style REST/XML: the bodies, status codes and headers S3 itself sends. */
final class S3Fake {
  static final String NS = "http://s3.amazonaws.com/doc/2006-03-01/";
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  private S3Fake() {}

  /** A bucket subresource read: {@code GET /acme-reports?policy}. */
  static MappingBuilder bucketGet(String bucket, String subresource) {
    return get(urlEqualTo("/" + bucket + "?" + subresource));
  }

  static ResponseDefinitionBuilder ok(String xml) {
    return withS3Headers(aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml));
  }

  /** S3's error document, as S3 sends it for a GET (a HEAD gets the status and headers only). */
  static ResponseDefinitionBuilder error(int status, String code, String message, String bucket) {
    String requestId = requestId();
    String bucketName = bucket == null ? "" : "<BucketName>" + bucket + "</BucketName>";
    return withS3Headers(aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
            + "</Message>" + bucketName + "<RequestId>" + requestId + "</RequestId><HostId>"
            + hostId() + "</HostId></Error>"));
  }

  static ResponseDefinitionBuilder accessDenied() {
    return error(403, "AccessDenied", "Access Denied", null);
  }

  static ResponseDefinitionBuilder slowDown() {
    return error(503, "SlowDown", "Please reduce your request rate.", null);
  }

  static ResponseDefinitionBuilder withS3Headers(ResponseDefinitionBuilder response) {
    return response.withHeader("x-amz-request-id", requestId()).withHeader("x-amz-id-2", hostId())
        .withHeader("Server", "AmazonS3");
  }

  /** Every bucket read answered as {@link S3Bodies} has it. */
  static void stubBucket(WireMockExtension wm, String bucket) {
    for (Map.Entry<String, String> answer : S3Bodies.bucket().entrySet()) {
      wm.stubFor(bucketGet(bucket, answer.getKey()).willReturn(answer.getKey().equals("policy")
          ? withS3Headers(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(answer.getValue()))
          : ok(answer.getValue())));
    }
  }

  private static String requestId() {
    return "4442587FB7D0A2F9%04X".formatted(REQUESTS.incrementAndGet());
  }

  private static String hostId() {
    return "Lr3JMqVvTyxMM9kqAJH0ag7lrzdB3Ai3k1MhbKbBcPslTlqAoLS/0cX+U3ZxDVsLq7mBl44iTSw=";
  }
}
