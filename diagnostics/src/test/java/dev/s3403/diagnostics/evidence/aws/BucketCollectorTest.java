package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BucketCollectorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Target TARGET = new Target("acme-reports", null, null, "GetObject");

  @Test
  void should_fill_every_bucket_member_when_s3_answers_each_call() throws Exception {
    // GIVEN S3 answering every bucket read for acme-reports
    S3Fake.stubBucket(wm, "acme-reports");
    var draft = AwsFake.draft();

    // WHEN the bucket is collected
    try (var aws = AwsFake.context(wm)) {
      new BucketCollector().collect(aws, TARGET, draft);
    }

    // THEN the bundle holds each member in the bundle's words, in the bundle's order, and nothing is unavailable
    then(draft.snapshot().toPrettyString()).isEqualTo(expectedBundle().toPrettyString());
  }

  @Test
  void should_read_back_without_errors_or_warnings_when_every_bucket_member_is_filled() throws Exception {
    // GIVEN the bucket collected from S3 answering every read
    S3Fake.stubBucket(wm, "acme-reports");
    var draft = AwsFake.draft();
    try (var aws = AwsFake.context(wm)) {
      new BucketCollector().collect(aws, TARGET, draft);
    }

    // WHEN the bundle is read
    var read = EvidenceReader.read(draft.snapshot());

    // THEN it is a valid bundle whose bucket has a policy
    then(read.errors()).isEmpty();
    then(read.warnings()).isEmpty();
    then(read.bundle().buckets().orNull().get("acme-reports").policy().isKnown()).isTrue();
  }

  @Test
  void should_call_exactly_the_declared_actions_once_each_when_s3_answers_each_call() throws Exception {
    // GIVEN S3 answering every bucket read
    S3Fake.stubBucket(wm, "acme-reports");
    var draft = AwsFake.draft();
    var collector = new BucketCollector();

    // WHEN the bucket is collected
    try (var aws = AwsFake.context(wm)) {
      collector.collect(aws, TARGET, draft);
    }

    // THEN every action called is declared, every declared action was called, and S3 saw one request per action
    then(draft.calledActions()).containsExactlyInAnyOrderElementsOf(collector.actions());
    then(wm.getAllServeEvents()).hasSize(collector.actions().size());
  }

  @Test
  void should_write_us_east_1_when_s3_gives_an_empty_location_constraint() throws Exception {
    // GIVEN a bucket in us-east-1, for which S3 names no location constraint
    S3Fake.stubBucket(wm, "acme-reports");
    wm.stubFor(S3Fake.bucketGet("acme-reports", "location")
        .willReturn(S3Fake.ok("<LocationConstraint xmlns=\"" + S3Fake.NS + "\"/>")));
    var draft = AwsFake.draft();

    // WHEN the bucket is collected
    try (var aws = AwsFake.context(wm)) {
      new BucketCollector().collect(aws, TARGET, draft);
    }

    // THEN its region is us-east-1
    then(draft.get("/buckets/acme-reports/region").asText()).isEqualTo("us-east-1");
  }

  private static JsonNode expectedBundle() throws Exception {
    return Draft.json().readTree("""
        {"format": "s3-403/evidence@1", "collectedAt": "2026-11-22T11:00:00Z",
         "buckets": {"acme-reports": {
           "region": "eu-west-1",
           "exists": true,
           "policy": %s,
           "blockPublicAccess": {"BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": true,
                                 "RestrictPublicBuckets": false},
           "objectOwnership": "BucketOwnerPreferred",
           "acl": {"owner": "%s",
                   "grants": [{"grantee": {"type": "CanonicalUser", "id": "%2$s"}, "permission": "FULL_CONTROL"},
                              {"grantee": {"type": "Group", "uri": "http://acs.amazonaws.com/groups/s3/LogDelivery"},
                               "permission": "WRITE"}]},
           "encryption": {"algorithm": "aws:kms", "kmsKeyArn": "%s", "bucketKeyEnabled": true,
                          "blockedEncryptionTypes": ["SSE-C"]},
           "requesterPays": false,
           "versioning": "Enabled",
           "objectLock": {"mode": "GOVERNANCE", "days": 30},
           "website": {"indexDocument": "index.html", "errorDocument": "error.html"}}}}
        """.formatted(S3Bodies.POLICY, S3Bodies.OWNER, S3Bodies.KEY_ARN));
  }
}
