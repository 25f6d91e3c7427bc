package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonAnswer;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonError;
import static dev.s3403.diagnostics.evidence.aws.CloudTrailFake.PRINCIPAL;
import static dev.s3403.diagnostics.evidence.aws.KmsCollectorTest.json;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When CloudTrail refuses or keeps throttling, the denied events are {@code unavailable}, with the reason. */
class CloudTrailCollectorFailuresTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  @RegisterExtension
  static ActionAudit audit = ActionAudit.onlyDeclared(wm, new CloudTrailCollector());

  @Test
  void should_mark_the_events_unavailable_when_the_collector_may_not_look_them_up() throws Exception {
    // GIVEN
    wm.stubFor(CloudTrailFake.lookup().willReturn(jsonError("AccessDeniedException",
        "User: arn:aws:iam::111122223333:user/collector is not authorized to perform: cloudtrail:LookupEvents")));
    // WHEN
    Draft draft = CloudTrailCollectorTest.collect(PRINCIPAL, wm);
    // THEN
    then(draft.get("/cloudtrail")).isNull();
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what":"/cloudtrail/deniedEvents","reason":"AccessDeniedException on cloudtrail:LookupEvents"}]"""));
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_retry_a_throttled_lookup_and_keep_the_denied_events() throws Exception {
    // GIVEN CloudTrail throttles the first lookup (LookupEvents allows two a second per account and region)
    wm.stubFor(CloudTrailFake.lookup().inScenario("throttle").whenScenarioStateIs(STARTED)
        .willReturn(jsonError("ThrottlingException", "Rate exceeded")).willSetStateTo("calm"));
    wm.stubFor(CloudTrailFake.lookup().inScenario("throttle").whenScenarioStateIs("calm")
        .willReturn(jsonAnswer(CloudTrailFake.answer(CloudTrailFake.EVENTS))));
    // WHEN
    Draft draft = CloudTrailCollectorTest.collect(PRINCIPAL, wm);
    // THEN
    then(draft.get("/cloudtrail")).isEqualTo(json(CloudTrailFake.written()));
    then(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void should_mark_the_events_unavailable_when_cloudtrail_stays_throttled() throws Exception {
    // GIVEN
    wm.stubFor(CloudTrailFake.lookup().willReturn(jsonError("ThrottlingException", "Rate exceeded")));
    // WHEN
    Draft draft = CloudTrailCollectorTest.collect(PRINCIPAL, wm);
    // THEN
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what":"/cloudtrail/deniedEvents","reason":"throttled on cloudtrail:LookupEvents (after retries)"}]"""));
    then(wm.getAllServeEvents()).hasSize(3);
  }
}
