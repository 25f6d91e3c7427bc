package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonAnswer;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonCall;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;

/**
 * AWS Organizations as WireMock plays it (JSON 1.1, {@code X-Amz-Target: AWSOrganizationsV20161128.<Operation>}):
 * account 111122223333 in OU {@code ou-ab12-workloads} under root {@code r-ab12}, with SCPs at every level and a
 * custom RCP on the OU.
 */
final class OrganizationsFake {
  static final String PRINCIPAL = "arn:aws:sts::111122223333:assumed-role/app/i-0abc";
  static final String ACCOUNT = "111122223333";
  static final String AT = "/accounts/111122223333/organization";

  /** One policy as Organizations keeps it. */
  record Policy(String id, String name, String arn, String type, boolean awsManaged, String content) {}

  static final Policy FULL_ACCESS = new Policy("p-FullAWSAccess", "FullAWSAccess",
      "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess", "SERVICE_CONTROL_POLICY", true,
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
  static final Policy EU_ONLY = new Policy("p-0denyeu1", "DenyOutsideEu",
      "arn:aws:organizations::999988887777:policy/o-abc123/service_control_policy/p-0denyeu1",
      "SERVICE_CONTROL_POLICY", false, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
      + "\"NotAction\":\"iam:*\",\"Resource\":\"*\","
      + "\"Condition\":{\"StringNotLike\":{\"aws:RequestedRegion\":\"eu-*\"}}}]}");
  static final Policy KEEP_BUCKETS = new Policy("p-0keepbk1", "DenyBucketDeletion",
      "arn:aws:organizations::999988887777:policy/o-abc123/service_control_policy/p-0keepbk1",
      "SERVICE_CONTROL_POLICY", false,
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteBucket\","
      + "\"Resource\":\"*\"}]}");
  static final Policy RCP_FULL_ACCESS = new Policy("p-RCPFullAWSAccess", "RCPFullAWSAccess",
      "arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess", "RESOURCE_CONTROL_POLICY", true,
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\","
      + "\"Resource\":\"*\"}]}");
  static final Policy NO_OUTSIDERS = new Policy("p-0rcpext1", "DenyExternalS3",
      "arn:aws:organizations::999988887777:policy/o-abc123/resource_control_policy/p-0rcpext1",
      "RESOURCE_CONTROL_POLICY", false, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
      + "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\","
      + "\"Condition\":{\"StringNotEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}}]}");

  private OrganizationsFake() {}

  static MappingBuilder call(String operation) {
    return jsonCall("AWSOrganizationsV20161128." + operation);
  }

  /** The whole organization, every answer {@code delayMillis} late. */
  static void organization(WireMockExtension wm, int delayMillis) {
    wm.stubFor(call("DescribeOrganization").willReturn(jsonAnswer("""
        {"Organization":{"Id":"o-abc123","Arn":"arn:aws:organizations::999988887777:organization/o-abc123",
          "MasterAccountId":"999988887777","MasterAccountEmail":"aws@example.com"}}""").withFixedDelay(delayMillis)));
    parent(wm, ACCOUNT, "ou-ab12-workloads", "ORGANIZATIONAL_UNIT", delayMillis);
    parent(wm, "ou-ab12-workloads", "r-ab12", "ROOT", delayMillis);
    attached(wm, "r-ab12", List.of(FULL_ACCESS, RCP_FULL_ACCESS), delayMillis);
    attached(wm, "ou-ab12-workloads", List.of(FULL_ACCESS, EU_ONLY, RCP_FULL_ACCESS, NO_OUTSIDERS), delayMillis);
    attached(wm, ACCOUNT, List.of(FULL_ACCESS, KEEP_BUCKETS, RCP_FULL_ACCESS), delayMillis);
    for (Policy p : List.of(FULL_ACCESS, EU_ONLY, KEEP_BUCKETS, RCP_FULL_ACCESS, NO_OUTSIDERS)) {
      ObjectNode answer = Draft.json().createObjectNode();
      ObjectNode policy = answer.putObject("Policy");
      policy.set("PolicySummary", summary(p));
      policy.put("Content", p.content());
      wm.stubFor(call("DescribePolicy").withRequestBody(matchingJsonPath("$.PolicyId", equalTo(p.id())))
          .willReturn(jsonAnswer(answer.toString()).withFixedDelay(delayMillis)));
    }
  }

  static void parent(WireMockExtension wm, String child, String parent, String type, int delayMillis) {
    wm.stubFor(call("ListParents").withRequestBody(matchingJsonPath("$.ChildId", equalTo(child)))
        .willReturn(jsonAnswer("{\"Parents\":[{\"Id\":\"%s\",\"Type\":\"%s\"}]}".formatted(parent, type))
            .withFixedDelay(delayMillis)));
  }

  private static void attached(WireMockExtension wm, String target, List<Policy> policies, int delayMillis) {
    for (String type : List.of("SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY")) {
      ObjectNode answer = Draft.json().createObjectNode();
      policies.stream().filter(p -> p.type().equals(type)).forEach(p -> answer.withArray("Policies").add(summary(p)));
      answer.withArray("Policies");
      wm.stubFor(call("ListPoliciesForTarget").withRequestBody(matchingJsonPath("$.TargetId", equalTo(target)))
          .withRequestBody(matchingJsonPath("$.Filter", equalTo(type)))
          .willReturn(jsonAnswer(answer.toString()).withFixedDelay(delayMillis)));
    }
  }

  private static ObjectNode summary(Policy p) {
    return Draft.json().createObjectNode().put("Id", p.id()).put("Arn", p.arn()).put("Name", p.name())
        .put("Type", p.type()).put("AwsManaged", p.awsManaged());
  }

  /** What the collector writes for {@link #organization}: root first, RCPFullAWSAccess left out. */
  static String written() {
    return """
        {"id":"o-abc123",
         "scps":[{"target":"r-ab12","policies":[%1$s]},
                 {"target":"ou-ab12-workloads","policies":[%1$s,%2$s]},
                 {"target":"111122223333","policies":[%1$s,%3$s]}],
         "rcps":[{"target":"r-ab12","policies":[]},
                 {"target":"ou-ab12-workloads","policies":[%4$s]},
                 {"target":"111122223333","policies":[]}]}"""
        .formatted(doc(FULL_ACCESS), doc(EU_ONLY), doc(KEEP_BUCKETS), doc(NO_OUTSIDERS));
  }

  private static String doc(Policy p) {
    return "{\"name\":\"%s\",\"arn\":\"%s\",\"document\":%s}".formatted(p.name(), p.arn(), p.content());
  }
}
