package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.Ec2Fake.GATEWAY;
import static dev.s3403.diagnostics.evidence.aws.Ec2Fake.INTERFACE;
import static dev.s3403.diagnostics.evidence.aws.KmsCollectorTest.json;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The endpoints the request came through or the bucket policy names, read back as {@code vpcEndpoints}. */
class VpcEndpointCollectorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  @RegisterExtension
  static ActionAudit audit = ActionAudit.everyActionUsed(wm, new VpcEndpointCollector());

  @Test
  void should_write_owner_service_type_and_policy_when_the_request_context_and_bucket_policy_name_endpoints()
      throws Exception {
    // GIVEN the request came through the gateway endpoint, and the bucket policy names the interface endpoint
    Ec2Fake.endpoints(wm);
    Draft draft = AwsFake.draft();
    draft.put("/request/context", json("{\"aws:SourceVpce\":\"%s\"}".formatted(GATEWAY)));
    draft.put("/buckets/acme-reports/policy", json("""
        {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
          "Resource":["arn:aws:s3:::acme-reports","arn:aws:s3:::acme-reports/*"],
          "Condition":{"StringNotEquals":{"aws:SourceVpce":["%s","%s"]}}}]}""".formatted(GATEWAY, INTERFACE)));
    // WHEN
    collect(draft);
    // THEN each endpoint read once; no policy document is the default policy, null
    then(draft.get("/vpcEndpoints")).isEqualTo(json(Ec2Fake.written()));
    then(wm.getAllServeEvents()).hasSize(2);
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_find_only_whole_endpoint_ids_when_the_bucket_policy_also_holds_wildcards_and_other_words() {
    // GIVEN a policy with an id, a wildcard pattern, a VPC id and a longer word
    Draft draft = AwsFake.draft();
    draft.put("/buckets/acme-reports/policy", json("""
        {"Statement":[{"Condition":{"StringLike":{"aws:SourceVpce":["vpce-1a2b3c4d","vpce-9f*"]},
          "StringEquals":{"aws:SourceVpc":"vpc-0123abcd"}},"Sid":"not-vpce-0abc1234"}]}"""));
    // WHEN
    var ids = VpcEndpointCollector.endpointsIn(draft);
    // THEN
    then(ids).containsExactly("vpce-1a2b3c4d");
  }

  @Test
  void should_call_nothing_when_no_endpoint_is_named() throws Exception {
    // GIVEN a request from the internet and a bucket without a policy
    Draft draft = AwsFake.draft();
    draft.put("/request/context", json("{\"aws:SourceIp\":\"203.0.113.10\"}"));
    draft.put("/buckets/acme-reports/policy", json("null"));
    // WHEN
    collect(draft);
    // THEN
    then(draft.get("/vpcEndpoints")).isNull();
    then(wm.getAllServeEvents()).isEmpty();
  }

  private static void collect(Draft draft) throws InterruptedException {
    collect(draft, wm);
  }

  static void collect(Draft draft, WireMockExtension server) throws InterruptedException {
    try (AwsContext aws = AwsFake.context(server)) {
      new VpcEndpointCollector().collect(aws, new Target("acme-reports", "2024/q1.csv", null, "GetObject"), draft);
    }
  }
}
