package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.s3403.diagnostics.evidence.aws.IamWire.action;
import static dev.s3403.diagnostics.evidence.aws.PrincipalCollectorRoleTest.APP_S3;
import static dev.s3403.diagnostics.evidence.aws.PrincipalCollectorRoleTest.ROLE;
import static dev.s3403.diagnostics.evidence.aws.PrincipalCollectorRoleTest.appRole;
import static dev.s3403.diagnostics.evidence.aws.PrincipalCollectorRoleTest.json;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What IAM refuses or cannot answer becomes {@code unavailable}, and the rest of the principal is still read. */
class PrincipalCollectorFailuresTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String AT = "/principals/" + Draft.segment(ROLE);

  @Test
  void should_leave_the_identity_policies_unknown_and_say_why_when_the_attached_ones_cannot_be_listed() throws Exception {
    // GIVEN a collector that may list the role's inline policies but not its attached ones
    appRole(wm, "/");
    wm.stubFor(action("ListAttachedRolePolicies").willReturn(IamWire.accessDenied("iam:ListAttachedRolePolicies")));

    // WHEN the principal collector reads the role
    Draft draft = collect();

    // THEN the unavailable entry names the refused action; the list stays absent, since without the attached
    // policies it would claim fewer policies than the role has, while the boundary and the rest are still there
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what": "%s/identityPolicies", "reason": "AccessDenied on iam:ListAttachedRolePolicies"}]""".formatted(AT)));
    then(draft.get(AT + "/identityPolicies")).isNull();
    then(draft.get(AT + "/permissionsBoundary/name").textValue()).isEqualTo("Boundary");
    then(draft.get(AT + "/tags")).isEqualTo(json("{\"team\": \"data\"}"));
    var read = EvidenceReader.read(draft.snapshot());
    then(read.errors()).isEmpty();
    then(read.bundle().principals().orNull().get(ROLE).identityPolicies().isUnknown()).isTrue();
  }

  @Test
  void should_keep_an_attached_policy_without_its_document_when_its_version_cannot_be_read() throws Exception {
    // GIVEN a collector refused GetPolicyVersion on the attached policy AppS3
    appRole(wm, "/");
    wm.stubFor(action("GetPolicyVersion").withRequestBody(containing(IamWire.param("PolicyArn", APP_S3)))
        .willReturn(IamWire.accessDenied("iam:GetPolicyVersion")));

    // WHEN the principal collector reads the role
    Draft draft = collect();

    // THEN the policy is listed with what is known of it, and its document is named unavailable
    then(draft.get(AT + "/identityPolicies/1")).isEqualTo(json("""
        {"name": "AppS3", "arn": "%s", "updatedAt": "2026-11-22T09:55:00Z"}""".formatted(APP_S3)));
    then(draft.get(AT + "/identityPolicies/0/document")).isNotNull();
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what": "%s/identityPolicies/1/document", "reason": "AccessDenied on iam:GetPolicyVersion"}]""".formatted(AT)));
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_read_the_policies_when_iam_throttles_once_and_then_answers() throws Exception {
    // GIVEN IAM throttling the first ListRolePolicies call
    appRole(wm, "/");
    wm.stubFor(action("ListRolePolicies").inScenario("throttle").whenScenarioStateIs(STARTED)
        .willReturn(IamWire.throttled()).willSetStateTo("answered"));

    // WHEN the principal collector reads the role
    Draft draft = collect();

    // THEN the SDK's retry got the answer: the inline policy is there and nothing is unavailable
    then(wm.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=ListRolePolicies&")))).hasSize(2);
    then(draft.get(AT + "/identityPolicies/0/name").textValue()).isEqualTo("AppInline");
    then(draft.get("/unavailable")).isNull();
  }

  @Test
  void should_report_throttling_after_the_retries_when_iam_always_throttles() throws Exception {
    // GIVEN IAM throttling every ListRolePolicies call
    appRole(wm, "/");
    wm.stubFor(action("ListRolePolicies").willReturn(IamWire.throttled()));

    // WHEN the principal collector reads the role
    Draft draft = collect();

    // THEN the SDK tried three times, and the list is unavailable for that reason
    then(wm.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=ListRolePolicies&")))).hasSize(3);
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what": "%s/identityPolicies", "reason": "throttled on iam:ListRolePolicies (after retries)"}]""".formatted(AT)));
    then(draft.get(AT + "/identityPolicies")).isNull();
  }

  @Test
  void should_report_the_principal_unavailable_when_the_collector_may_not_get_the_role() throws Exception {
    // GIVEN a collector refused GetRole
    appRole(wm, "/");
    wm.stubFor(action("GetRole").willReturn(IamWire.accessDenied("iam:GetRole")));

    // WHEN the principal collector reads the role
    Draft draft = collect();

    // THEN the principal is unknown, and the reason says which call was refused
    then(draft.get("/principals")).isNull();
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what": "%s", "reason": "AccessDenied on iam:GetRole"}]""".formatted(AT)));
  }

  @Test
  void should_follow_the_marker_when_iam_lists_the_policies_over_two_pages() throws Exception {
    // GIVEN a first page of inline policy names that says more follow
    appRole(wm, "/");
    wm.stubFor(action("ListRolePolicies").willReturn(IamWire.iam("ListRolePolicies",
        "<PolicyNames><member>First</member></PolicyNames><IsTruncated>true</IsTruncated><Marker>page-2</Marker>")));
    wm.stubFor(action("ListRolePolicies").withRequestBody(containing("Marker=page-2")).willReturn(IamWire.iam("ListRolePolicies",
        "<PolicyNames><member>AppInline</member></PolicyNames><IsTruncated>false</IsTruncated>")));
    wm.stubFor(action("GetRolePolicy").withRequestBody(containing("PolicyName=First")).willReturn(IamWire.iam("GetRolePolicy",
        "<RoleName>app</RoleName><PolicyName>First</PolicyName><PolicyDocument>" + IamWire.urlEncoded(FakeIam.DOCUMENT)
            + "</PolicyDocument>")));

    // WHEN the principal collector reads the role
    Draft draft = collect();

    // THEN both pages' policies are there, in IAM's order
    then(draft.get(AT + "/identityPolicies").findValuesAsText("name")).containsExactly("First", "AppInline", "AppS3");
  }

  @Test
  void should_leave_the_list_unknown_when_iam_has_more_than_ten_pages() throws Exception {
    // GIVEN a list of inline policy names that never ends
    appRole(wm, "/");
    wm.stubFor(action("ListRolePolicies").willReturn(IamWire.iam("ListRolePolicies",
        "<PolicyNames/><IsTruncated>true</IsTruncated><Marker>again</Marker>")));

    // WHEN the principal collector reads the role
    Draft draft = collect();

    // THEN it stops after ten pages and says so
    then(wm.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=ListRolePolicies&")))).hasSize(10);
    JsonNode unavailable = draft.get("/unavailable");
    then(unavailable).isEqualTo(json("""
        [{"what": "%s/identityPolicies", "reason": "more than 10 pages from iam:ListRolePolicies"}]""".formatted(AT)));
  }

  private static Draft collect() throws InterruptedException {
    Draft draft = AwsFake.draft();
    try (var aws = AwsFake.context(wm)) {
      new PrincipalCollector().collect(aws, new Target("acme-reports", "2024/q1.csv", ROLE, "GetObject"), draft);
    }
    return draft;
  }
}
