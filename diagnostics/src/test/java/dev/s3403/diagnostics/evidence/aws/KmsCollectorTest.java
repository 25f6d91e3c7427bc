package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonAnswer;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.evidence.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The keys named in the bucket's and the object's encryption, read back as {@code kmsKeys}. */
class KmsCollectorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  @RegisterExtension
  static ActionAudit audit = ActionAudit.everyActionUsed(wm, new KmsCollector());

  private static final Target TARGET = new Target("acme-reports", "2024/q1.csv", null, "GetObject");

  @Test
  void should_write_state_policy_grants_and_aliases_when_the_bucket_encryption_names_a_key_arn() throws Exception {
    // GIVEN a bucket encrypted with a customer managed key, as the bucket collector wrote it
    KmsFake.key(wm);
    Draft draft = AwsFake.draft();
    draft.put("/buckets/acme-reports/encryption", json("""
        {"algorithm":"aws:kms","kmsKeyArn":"%s","bucketKeyEnabled":true}""".formatted(KmsFake.KEY_ARN)));
    // WHEN
    collect(draft);
    // THEN
    then(draft.get("/kmsKeys")).isEqualTo(json(KmsFake.written()));
    then(draft.get("/unavailable")).isNull();
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_resolve_the_alias_with_describe_key_when_the_object_names_its_key_by_alias() throws Exception {
    // GIVEN an object whose encryption names its key by alias
    KmsFake.key(wm);
    wm.stubFor(KmsFake.call("DescribeKey", "alias/reports").willReturn(jsonAnswer(KmsFake.describeKey())));
    Draft draft = AwsFake.draft();
    draft.put("/buckets/acme-reports/objects/" + Draft.segment("2024/q1.csv") + "/encryption",
        json("{\"algorithm\":\"aws:kms\",\"kmsKeyArn\":\"alias/reports\"}"));
    // WHEN
    collect(draft);
    // THEN the key is filed under its ARN, and described once
    then(draft.get("/kmsKeys")).isEqualTo(json(KmsFake.written()));
    then(wm.findAll(AwsWire.jsonSent("TrentService.DescribeKey"))).hasSize(1);
    // the reader turns the prefilled alias away (`kmsKeyArn` must be an ARN); what this collector wrote reads
    then(EvidenceReader.read(draft.snapshot()).errors()).extracting(Note::pointer)
        .containsExactly("/buckets/acme-reports/objects/2024~1q1.csv/encryption/kmsKeyArn");
  }

  @Test
  void should_read_the_key_in_its_own_region_when_the_collection_is_set_up_for_another() throws Exception {
    // GIVEN a key in eu-west-1, and clients set up for us-east-1
    String arn = "arn:aws:kms:eu-west-1:444455556666:key/0f9e8d7c-0000-4000-8000-000000000001";
    KmsFake.key(wm, arn);
    Draft draft = AwsFake.draft();
    draft.put("/buckets/acme-eu/encryption/kmsKeyArn", json("\"" + arn + "\""));
    // WHEN
    collect(draft);
    // THEN every call about the key was signed for eu-west-1, and the key is known
    then(wm.getAllServeEvents()).hasSize(4).allSatisfy(e ->
        then(e.getRequest().getHeader("Authorization")).contains("/eu-west-1/kms/aws4_request"));
    then(draft.get("/kmsKeys/" + Draft.segment(arn) + "/state").textValue()).isEqualTo("Enabled");
  }

  @Test
  void should_call_nothing_when_no_kms_key_is_in_the_draft() throws Exception {
    // GIVEN a bucket encrypted with S3 managed keys
    Draft draft = AwsFake.draft();
    draft.put("/buckets/acme-reports/encryption", json("{\"algorithm\":\"AES256\"}"));
    // WHEN
    collect(draft);
    // THEN
    then(draft.get("/kmsKeys")).isNull();
    then(wm.getAllServeEvents()).isEmpty();
  }

  private static void collect(Draft draft) throws InterruptedException {
    try (AwsContext aws = AwsFake.context(wm)) {
      new KmsCollector().collect(aws, TARGET, draft);
    }
  }

  static JsonNode json(String text) {
    try {
      return Draft.json().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
