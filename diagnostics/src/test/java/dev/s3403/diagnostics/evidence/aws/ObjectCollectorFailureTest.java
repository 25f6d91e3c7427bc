package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ObjectCollectorFailureTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String OBJECT = "/buckets/acme-reports/objects/2024~1q1.csv";

  @Test
  void should_write_only_exists_false_when_head_object_answers_404() throws Exception {
    // GIVEN an object that does not exist, asked by a collector allowed to list the bucket
    wm.stubFor(ObjectFake.headObject().willReturn(ObjectFake.headStatus(404)));
    wm.stubFor(ObjectFake.getObjectAcl().willReturn(S3Fake.error(404, "NoSuchKey", "The specified key does not exist.", null)));

    // WHEN the object is collected
    var draft = collect();

    // THEN the object is known not to exist, and nothing else is said about it
    then(draft.get(OBJECT)).isEqualTo(Draft.json().createObjectNode().put("exists", false));
    then(draft.get("/unavailable")).isNull();
  }

  @Test
  void should_list_what_head_object_says_as_denied_and_keep_the_acl_when_head_object_answers_403() throws Exception {
    // GIVEN HeadObject refused (no body, so no error code), GetObjectAcl allowed
    wm.stubFor(ObjectFake.headObject().willReturn(ObjectFake.headStatus(403)));
    wm.stubFor(ObjectFake.getObjectAcl().willReturn(S3Fake.ok(S3Bodies.acl())));

    // WHEN the object is collected
    var draft = collect();

    // THEN each member HeadObject gives is unavailable as denied, and the ACL is filled
    then(draft.get("/unavailable")).isEqualTo(Draft.json().readTree("""
        [{"what": "%1$s/exists", "reason": "AccessDenied on s3:GetObject (HeadObject)"},
         {"what": "%1$s/encryption", "reason": "AccessDenied on s3:GetObject (HeadObject)"},
         {"what": "%1$s/storageClass", "reason": "AccessDenied on s3:GetObject (HeadObject)"},
         {"what": "%1$s/restored", "reason": "AccessDenied on s3:GetObject (HeadObject)"}]""".formatted(OBJECT)));
    then(draft.get(OBJECT + "/acl/owner").asText()).isEqualTo(S3Bodies.OWNER);
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_give_every_head_member_the_same_reason_when_head_object_keeps_failing() throws Exception {
    // GIVEN HeadObject failing with a server error at every attempt, GetObjectAcl answering
    wm.stubFor(ObjectFake.headObject().willReturn(ObjectFake.headStatus(500)));
    wm.stubFor(ObjectFake.getObjectAcl().willReturn(S3Fake.ok(S3Bodies.acl())));

    // WHEN the object is collected
    var draft = collect();

    // THEN the four members HeadObject gives are unavailable for that one reason
    then(draft.get("/unavailable").findValuesAsText("what")).containsExactly(OBJECT + "/exists",
        OBJECT + "/encryption", OBJECT + "/storageClass", OBJECT + "/restored");
    then(draft.get("/unavailable").findValuesAsText("reason")).containsOnly("HTTP 500 on s3:GetObject");
  }

  @Test
  void should_write_only_exists_false_when_get_object_acl_says_no_such_key_and_head_object_was_denied() throws Exception {
    // GIVEN HeadObject refused, but GetObjectAcl answering that the key does not exist
    wm.stubFor(ObjectFake.headObject().willReturn(ObjectFake.headStatus(403)));
    wm.stubFor(ObjectFake.getObjectAcl().willReturn(S3Fake.error(404, "NoSuchKey", "The specified key does not exist.", null)));

    // WHEN the object is collected
    var draft = collect();

    // THEN the object is known not to exist
    then(draft.get(OBJECT)).isEqualTo(Draft.json().createObjectNode().put("exists", false));
    then(draft.get("/unavailable")).isNull();
  }

  private static Draft collect() throws Exception {
    var draft = AwsFake.draft();
    try (var aws = AwsFake.context(wm)) {
      new ObjectCollector().collect(aws, ObjectFake.TARGET, draft);
    }
    return draft;
  }
}
