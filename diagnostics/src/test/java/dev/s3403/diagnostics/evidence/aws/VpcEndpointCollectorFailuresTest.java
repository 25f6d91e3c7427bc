package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.ec2Call;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.ec2Error;
import static dev.s3403.diagnostics.evidence.aws.Ec2Fake.GATEWAY;
import static dev.s3403.diagnostics.evidence.aws.Ec2Fake.INTERFACE;
import static dev.s3403.diagnostics.evidence.aws.KmsCollectorTest.json;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An endpoint EC2 does not know, refuses or keeps throttling is {@code unavailable}, and spoils no other. */
class VpcEndpointCollectorFailuresTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  @RegisterExtension
  static ActionAudit audit = ActionAudit.onlyDeclared(wm, new VpcEndpointCollector());

  @Test
  void should_say_an_endpoint_is_not_in_this_account_and_region_and_still_read_the_others() throws Exception {
    // GIVEN the policy names an endpoint EC2 does not know, besides the gateway
    Ec2Fake.endpoints(wm);
    wm.stubFor(Ec2Fake.describe(INTERFACE).willReturn(ec2Error(400, "InvalidVpcEndpointId.NotFound",
        "The Vpc Endpoint Id '" + INTERFACE + "' does not exist")));
    // WHEN
    Draft draft = collect();
    // THEN a null endpoint would not read back, and EC2 sees only its own account and region anyway
    then(draft.get("/vpcEndpoints/" + GATEWAY + "/type").textValue()).isEqualTo("Gateway");
    then(draft.get("/vpcEndpoints/" + INTERFACE)).isNull();
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what":"/vpcEndpoints/%s","reason":"InvalidVpcEndpointId.NotFound on ec2:DescribeVpcEndpoints: \
        not in the collector's account and region"}]""".formatted(INTERFACE)));
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_mark_the_endpoints_unavailable_when_the_collector_may_not_describe_them() throws Exception {
    // GIVEN
    wm.stubFor(ec2Call("DescribeVpcEndpoints").willReturn(ec2Error(403, "UnauthorizedOperation",
        "You are not authorized to perform this operation.")));
    // WHEN
    Draft draft = collect();
    // THEN (sorted by pointer, whatever order the parallel calls ended in)
    then(draft.snapshot().get("unavailable")).isEqualTo(json("""
        [{"what":"/vpcEndpoints/%s","reason":"UnauthorizedOperation on ec2:DescribeVpcEndpoints"},
         {"what":"/vpcEndpoints/%s","reason":"UnauthorizedOperation on ec2:DescribeVpcEndpoints"}]"""
        .formatted(GATEWAY, INTERFACE)));
  }

  @Test
  void should_retry_a_throttled_describe_and_write_the_endpoints() throws Exception {
    // GIVEN EC2 throttles the first request about the gateway
    Ec2Fake.endpoints(wm);
    wm.stubFor(Ec2Fake.describe(GATEWAY).inScenario("throttle").whenScenarioStateIs(STARTED)
        .willReturn(ec2Error(503, "RequestLimitExceeded", "Request limit exceeded.")).willSetStateTo("calm"));
    // WHEN
    Draft draft = collect();
    // THEN
    then(draft.get("/vpcEndpoints")).isEqualTo(json(Ec2Fake.written()));
    then(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void should_mark_the_endpoints_unavailable_when_ec2_stays_throttled() throws Exception {
    // GIVEN
    wm.stubFor(ec2Call("DescribeVpcEndpoints")
        .willReturn(ec2Error(503, "RequestLimitExceeded", "Request limit exceeded.")));
    // WHEN
    Draft draft = collect();
    // THEN
    then(draft.get("/vpcEndpoints")).isNull();
    then(draft.get("/unavailable")).extracting(u -> u.get("reason").textValue())
        .containsOnly("throttled on ec2:DescribeVpcEndpoints (after retries)").hasSize(2);
  }

  /** The gateway in the request context, the interface endpoint in the bucket policy. */
  private static Draft collect() throws InterruptedException {
    Draft draft = AwsFake.draft();
    draft.put("/request/context", json("{\"aws:SourceVpce\":[\"%s\"]}".formatted(GATEWAY)));
    draft.put("/buckets/acme-reports/policy", json("""
        {"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*",
          "Condition":{"StringNotEquals":{"aws:SourceVpce":"%s"}}}]}""".formatted(INTERFACE)));
    VpcEndpointCollectorTest.collect(draft, wm);
    return draft;
  }
}
