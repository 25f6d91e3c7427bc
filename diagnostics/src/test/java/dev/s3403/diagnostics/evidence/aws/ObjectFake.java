package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** WireMock playing S3 for one object, {@code acme-reports/2024/q1.csv}: HeadObject and GetObjectAcl. */
final class ObjectFake {
  static final Target TARGET = new Target("acme-reports", "2024/q1.csv", null, "GetObject");
  static final String RESTORE = "ongoing-request=\"false\", expiry-date=\"Fri, 27 Nov 2026 00:00:00 GMT\"";

  private ObjectFake() {}

  static MappingBuilder headObject() {
    return head(urlEqualTo("/acme-reports/2024/q1.csv"));
  }

  static MappingBuilder getObjectAcl() {
    return get(urlEqualTo("/acme-reports/2024/q1.csv?acl"));
  }

  /** A restored Glacier object under KMS with a bucket key, a governance retention and no legal hold. */
  static ResponseDefinitionBuilder archivedAndRestored() {
    return standard().withHeader("x-amz-storage-class", "GLACIER").withHeader("x-amz-restore", RESTORE)
        .withHeader("x-amz-object-lock-mode", "GOVERNANCE")
        .withHeader("x-amz-object-lock-retain-until-date", "2027-01-01T00:00:00.000Z")
        .withHeader("x-amz-object-lock-legal-hold", "OFF");
  }

  /** A STANDARD object (S3 then sends no storage class), as a caller without the Object Lock permissions sees it. */
  static ResponseDefinitionBuilder standard() {
    return S3Fake.withS3Headers(aResponse().withStatus(200)
        .withHeader("Last-Modified", "Sun, 22 Nov 2026 09:00:00 GMT")
        .withHeader("ETag", "\"fba9dede5f27731c9771645a39863328\"")
        .withHeader("Accept-Ranges", "bytes")
        .withHeader("Content-Type", "text/csv")
        .withHeader("x-amz-server-side-encryption", "aws:kms")
        .withHeader("x-amz-server-side-encryption-aws-kms-key-id", S3Bodies.KEY_ARN)
        .withHeader("x-amz-server-side-encryption-bucket-key-enabled", "true"));
  }

  /** What a HEAD gets when it fails: the status and S3's headers, never a body. */
  static ResponseDefinitionBuilder headStatus(int status) {
    return S3Fake.withS3Headers(aResponse().withStatus(status).withHeader("Content-Type", "application/xml"));
  }
}
