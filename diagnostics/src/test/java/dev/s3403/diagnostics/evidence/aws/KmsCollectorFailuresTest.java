package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonAnswer;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonCall;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonError;
import static dev.s3403.diagnostics.evidence.aws.KmsCollectorTest.json;
import static dev.s3403.diagnostics.evidence.aws.KmsFake.KEY_ARN;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What KMS refuses or does not have becomes {@code null} or {@code unavailable}, never a guess. */
class KmsCollectorFailuresTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  @RegisterExtension
  static ActionAudit audit = ActionAudit.onlyDeclared(wm, new KmsCollector());

  private static final String AT = "/kmsKeys/" + Draft.segment(KEY_ARN);

  @Test
  void should_say_the_key_does_not_exist_when_describe_key_finds_no_such_key() throws Exception {
    // GIVEN a deleted key
    wm.stubFor(WireMock.post("/").willReturn(jsonError("NotFoundException", "Key '" + KEY_ARN + "' does not exist")));
    // WHEN
    Draft draft = collect(bucketEncryptedWith(KEY_ARN));
    // THEN one entry says so: a null key would not read back (`kmsKeys` entries must be objects)
    then(draft.get("/kmsKeys")).isNull();
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what":"%s","reason":"NotFoundException on kms:DescribeKey: the key does not exist"}]""".formatted(AT)));
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_mark_only_the_policy_unavailable_when_get_key_policy_is_denied() throws Exception {
    // GIVEN a key whose policy the collector may not read
    KmsFake.key(wm);
    wm.stubFor(KmsFake.call("GetKeyPolicy", KEY_ARN).willReturn(jsonError("AccessDeniedException",
        "User: arn:aws:iam::111122223333:user/collector is not authorized to perform: kms:GetKeyPolicy")));
    // WHEN
    Draft draft = collect(bucketEncryptedWith(KEY_ARN));
    // THEN the rest of the key is known, and the policy is absent with the reason
    then(draft.get(AT + "/state").textValue()).isEqualTo("Enabled");
    then(draft.get(AT + "/aliases")).isEqualTo(json("[\"alias/reports\"]"));
    then(draft.get(AT + "/policy")).isNull();
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what":"%s/policy","reason":"AccessDeniedException on kms:GetKeyPolicy"}]""".formatted(AT)));
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_mark_the_key_unavailable_not_null_when_an_alias_names_no_key_the_caller_sees() throws Exception {
    // GIVEN an alias that is not in the collector's account (it may be in the bucket owner's)
    wm.stubFor(KmsFake.call("DescribeKey", "alias/elsewhere")
        .willReturn(jsonError("NotFoundException", "Alias alias/elsewhere is not found.")));
    // WHEN
    Draft draft = collect(bucketEncryptedWith("alias/elsewhere"));
    // THEN
    then(draft.get("/kmsKeys")).isNull();
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what":"/kmsKeys/alias~1elsewhere","reason":"NotFoundException on kms:DescribeKey"}]"""));
  }

  @Test
  void should_retry_a_throttled_describe_key_and_write_the_key() throws Exception {
    // GIVEN DescribeKey throttled once
    KmsFake.key(wm);
    wm.stubFor(KmsFake.call("DescribeKey", KEY_ARN).inScenario("throttle").whenScenarioStateIs(STARTED)
        .willReturn(jsonError("ThrottlingException", "Rate exceeded")).willSetStateTo("calm"));
    wm.stubFor(KmsFake.call("DescribeKey", KEY_ARN).inScenario("throttle").whenScenarioStateIs("calm")
        .willReturn(jsonAnswer(KmsFake.describeKey())));
    // WHEN
    Draft draft = collect(bucketEncryptedWith(KEY_ARN));
    // THEN
    then(draft.get("/kmsKeys")).isEqualTo(json(KmsFake.written()));
    then(wm.findAll(AwsWire.jsonSent("TrentService.DescribeKey"))).hasSize(2);
  }

  @Test
  void should_mark_every_member_unavailable_when_kms_stays_throttled() throws Exception {
    // GIVEN every KMS call throttled, retries included
    wm.stubFor(jsonCall("TrentService.DescribeKey").willReturn(jsonError("ThrottlingException", "Rate exceeded")));
    wm.stubFor(jsonCall("TrentService.GetKeyPolicy").willReturn(jsonError("ThrottlingException", "Rate exceeded")));
    wm.stubFor(jsonCall("TrentService.ListGrants").willReturn(jsonError("ThrottlingException", "Rate exceeded")));
    wm.stubFor(jsonCall("TrentService.ListAliases").willReturn(jsonError("ThrottlingException", "Rate exceeded")));
    // WHEN
    Draft draft = collect(bucketEncryptedWith(KEY_ARN));
    // THEN
    then(draft.get("/kmsKeys")).isNull();
    then(draft.get("/unavailable")).extracting(u -> u.get("what").textValue() + ": " + u.get("reason").textValue())
        .containsExactlyInAnyOrder(
            AT + "/account: throttled on kms:DescribeKey (after retries)",
            AT + "/manager: throttled on kms:DescribeKey (after retries)",
            AT + "/state: throttled on kms:DescribeKey (after retries)",
            AT + "/policy: throttled on kms:GetKeyPolicy (after retries)",
            AT + "/grants: throttled on kms:ListGrants (after retries)",
            AT + "/aliases: throttled on kms:ListAliases (after retries)");
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  private static Draft bucketEncryptedWith(String key) {
    Draft draft = AwsFake.draft();
    draft.put("/buckets/acme-reports/encryption/kmsKeyArn", json("\"" + key + "\""));
    return draft;
  }

  private static Draft collect(Draft draft) throws InterruptedException {
    try (AwsContext aws = AwsFake.context(wm)) {
      new KmsCollector().collect(aws, new Target("acme-reports", "2024/q1.csv", null, "GetObject"), draft);
    }
    return draft;
  }
}
