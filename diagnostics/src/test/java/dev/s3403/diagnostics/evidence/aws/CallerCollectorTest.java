package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.PrincipalCollectorRoleTest.json;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallerCollectorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Target TARGET = new Target("acme-reports", "2024/q1.csv", null, "GetObject");

  @Test
  void should_record_the_collectors_own_identity_at_the_root_when_sts_answers() throws Exception {
    // GIVEN STS naming the collector's session in account 111122223333
    new FakeIam(wm).caller("111122223333");
    Draft draft = AwsFake.draft();

    // WHEN the caller collector runs
    try (var aws = AwsFake.context(wm)) {
      new CallerCollector().collect(aws, TARGET, draft);
    }

    // THEN the bundle's `collector` member says who collected, and the reader only warns about the added member
    then(draft.get("/collector")).isEqualTo(json("""
        {"arn": "arn:aws:sts::111122223333:assumed-role/collector/s3-403", "account": "111122223333",
         "userId": "AROACOLLECTOREXAMPLE:s3-403"}"""));
    var read = EvidenceReader.read(draft.snapshot());
    then(read.errors()).isEmpty();
    then(read.warnings()).extracting(n -> n.line()).containsExactly("/collector: unknown member, ignored");
  }

  @Test
  void should_report_the_identity_unavailable_when_sts_resets_the_connection() throws Exception {
    // GIVEN STS resetting every connection
    wm.stubFor(IamWire.action("GetCallerIdentity").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    Draft draft = AwsFake.draft();

    // WHEN the caller collector runs
    try (var aws = AwsFake.context(wm)) {
      new CallerCollector().collect(aws, TARGET, draft);
    }

    // THEN the member is absent and the reason names the call
    then(draft.get("/collector")).isNull();
    then(draft.get("/unavailable/0/what").textValue()).isEqualTo("/collector");
    then(draft.get("/unavailable/0/reason").textValue()).startsWith("could not reach AWS for sts:GetCallerIdentity");
  }
}
