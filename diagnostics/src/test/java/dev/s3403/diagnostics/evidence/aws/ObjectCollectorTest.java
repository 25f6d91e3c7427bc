package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ObjectCollectorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String OBJECT = "/buckets/acme-reports/objects/2024~1q1.csv";

  @Test
  void should_fill_every_object_member_when_s3_answers_head_object_and_get_object_acl() throws Exception {
    // GIVEN a restored Glacier object under retention, and its ACL
    wm.stubFor(ObjectFake.headObject().willReturn(ObjectFake.archivedAndRestored()));
    wm.stubFor(ObjectFake.getObjectAcl().willReturn(S3Fake.ok(S3Bodies.acl())));

    // WHEN the object is collected
    var draft = collect(ObjectFake.TARGET);

    // THEN each member is in the bundle's words and order, and the bundle reads back cleanly
    then(draft.get(OBJECT).toPrettyString()).isEqualTo(Draft.json().readTree("""
        {"exists": true,
         "encryption": {"algorithm": "aws:kms", "kmsKeyArn": "%s", "bucketKeyEnabled": true},
         "storageClass": "GLACIER",
         "restored": %s,
         "acl": {"owner": "%s",
                 "grants": [{"grantee": {"type": "CanonicalUser", "id": "%3$s"}, "permission": "FULL_CONTROL"},
                            {"grantee": {"type": "Group", "uri": "http://acs.amazonaws.com/groups/s3/LogDelivery"},
                             "permission": "WRITE"}]},
         "legalHold": false,
         "retainUntil": "2027-01-01T00:00:00Z"}
        """.formatted(S3Bodies.KEY_ARN, Draft.json().writeValueAsString(ObjectFake.RESTORE), S3Bodies.OWNER))
        .toPrettyString());
    then(draft.get("/unavailable")).isNull();
    var read = EvidenceReader.read(draft.snapshot());
    then(read.errors()).isEmpty();
    then(read.warnings()).isEmpty();
  }

  @Test
  void should_write_standard_and_leave_object_lock_unknown_when_s3_sends_neither_header() throws Exception {
    // GIVEN a STANDARD object, seen without the permissions that bring the Object Lock headers
    wm.stubFor(ObjectFake.headObject().willReturn(ObjectFake.standard()));
    wm.stubFor(ObjectFake.getObjectAcl().willReturn(S3Fake.ok(S3Bodies.acl())));

    // WHEN the object is collected
    var draft = collect(ObjectFake.TARGET);

    // THEN the storage class is STANDARD, it is not restored, and legal hold and retention stay unknown
    then(draft.get(OBJECT + "/storageClass").asText()).isEqualTo("STANDARD");
    then(draft.get(OBJECT + "/restored").isNull()).isTrue();
    then(draft.get(OBJECT).has("legalHold")).isFalse();
    then(draft.get(OBJECT).has("retainUntil")).isFalse();
  }

  @Test
  void should_call_exactly_the_declared_actions_when_s3_answers_both_calls() throws Exception {
    // GIVEN S3 answering both object reads
    wm.stubFor(ObjectFake.headObject().willReturn(ObjectFake.standard()));
    wm.stubFor(ObjectFake.getObjectAcl().willReturn(S3Fake.ok(S3Bodies.acl())));
    var collector = new ObjectCollector();
    var draft = AwsFake.draft();

    // WHEN the object is collected
    try (var aws = AwsFake.context(wm)) {
      collector.collect(aws, ObjectFake.TARGET, draft);
    }

    // THEN the actions called are the declared ones, one request each
    then(draft.calledActions()).containsExactlyInAnyOrderElementsOf(collector.actions());
    then(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void should_send_nothing_when_the_request_names_no_object() throws Exception {
    // GIVEN a request on the bucket itself
    var target = new Target("acme-reports", null, null, "ListObjectsV2");

    // WHEN the object collector runs
    var draft = collect(target);

    // THEN it asked S3 nothing and wrote nothing
    then(wm.getAllServeEvents()).isEmpty();
    then(draft.get("/buckets")).isNull();
  }

  static Draft collect(Target target) throws Exception {
    var draft = AwsFake.draft();
    try (var aws = AwsFake.context(wm)) {
      new ObjectCollector().collect(aws, target, draft);
    }
    return draft;
  }
}
