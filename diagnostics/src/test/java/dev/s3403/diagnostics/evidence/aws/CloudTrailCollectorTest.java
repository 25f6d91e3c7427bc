package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonAnswer;
import static dev.s3403.diagnostics.evidence.aws.CloudTrailFake.PRINCIPAL;
import static dev.s3403.diagnostics.evidence.aws.KmsCollectorTest.json;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.evidence.Note;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The principal's S3 and KMS refusals of the last day, as CloudTrail's LookupEvents lists them. */
class CloudTrailCollectorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  @RegisterExtension
  static ActionAudit audit = ActionAudit.everyActionUsed(wm, new CloudTrailCollector());

  @Test
  void should_keep_the_denied_s3_and_kms_events_when_the_session_has_several_kinds() throws Exception {
    // GIVEN a KMS and an S3 denial, an EC2 denial and an S3 success
    wm.stubFor(CloudTrailFake.lookup().willReturn(jsonAnswer(CloudTrailFake.answer(CloudTrailFake.EVENTS))));
    // WHEN
    Draft draft = collect(PRINCIPAL);
    // THEN
    then(draft.get("/cloudtrail")).isEqualTo(json(CloudTrailFake.written()));
    var read = EvidenceReader.read(draft.snapshot());
    then(read.errors()).isEmpty();
    then(read.warnings()).extracting(Note::pointer).containsExactly("/cloudtrail");
  }

  @Test
  void should_keep_twenty_when_more_events_were_denied() throws Exception {
    // GIVEN 30 denials
    var denial = CloudTrailFake.EVENTS.getFirst();
    wm.stubFor(CloudTrailFake.lookup().willReturn(jsonAnswer(CloudTrailFake.answer(Collections.nCopies(30, denial)))));
    // WHEN
    Draft draft = collect(PRINCIPAL);
    // THEN
    then(draft.get("/cloudtrail/deniedEvents")).hasSize(20);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(nullValues = "none", value = {
      "arn:aws:sts::111122223333:assumed-role/app/i-0abc, i-0abc",
      "arn:aws:iam::111122223333:user/ops/alice, alice",
      "arn:aws:sts::111122223333:federated-user/bob, bob",
      "arn:aws:iam::111122223333:role/app, none",
      "anonymous, none"})
  void should_look_up_the_name_cloudtrail_files_the_events_under_when_given_a_principal(String principal,
      String expected) {
    // GIVEN a principal
    // WHEN
    String name = CloudTrailCollector.userName(principal);
    // THEN a session's, user's or federated user's name; none for a role (its sessions have their own names)
    then(name).isEqualTo(expected);
  }

  @Test
  void should_call_nothing_when_the_principal_is_a_role_without_a_session() throws Exception {
    // GIVEN / WHEN
    Draft draft = collect("arn:aws:iam::111122223333:role/app");
    // THEN
    then(draft.get("/cloudtrail")).isNull();
    then(wm.getAllServeEvents()).isEmpty();
  }

  static Draft collect(String principal) throws InterruptedException {
    return collect(principal, wm);
  }

  static Draft collect(String principal, WireMockExtension server) throws InterruptedException {
    Draft draft = AwsFake.draft();
    try (AwsContext aws = AwsFake.context(server)) {
      new CloudTrailCollector().collect(aws, new Target("acme-reports", "2024/q1.csv", principal, "GetObject"), draft);
    }
    return draft;
  }
}
