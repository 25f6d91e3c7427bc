package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonAnswer;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonError;
import static dev.s3403.diagnostics.evidence.aws.KmsCollectorTest.json;
import static dev.s3403.diagnostics.evidence.aws.OrganizationsFake.AT;
import static dev.s3403.diagnostics.evidence.aws.OrganizationsFake.PRINCIPAL;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No organization is {@code null}; what Organizations refuses is {@code unavailable}, and says why. */
class OrganizationCollectorFailuresTest {
  private static final String DENIED = "You don't have permissions to access this resource.";
  private static final String ONLY_ADMINISTRATORS =
      " (only the management account or a delegated administrator can read an organization's policies)";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  @RegisterExtension
  static ActionAudit audit = ActionAudit.onlyDeclared(wm, new OrganizationCollector());

  @Test
  void should_write_null_when_the_account_is_in_no_organization() throws Exception {
    // GIVEN a standalone account
    wm.stubFor(post("/").willReturn(jsonError("AWSOrganizationsNotInUseException",
        "Your account is not a member of an organization.")));
    // WHEN
    Draft draft = collect();
    // THEN
    then(draft.get("/accounts")).isEqualTo(json("{\"111122223333\":{\"organization\":null}}"));
    then(draft.get("/unavailable")).isNull();
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_keep_the_id_and_say_why_the_policies_are_unknown_when_a_member_account_is_refused_them()
      throws Exception {
    // GIVEN a member account: it may describe its organization, not walk it
    wm.stubFor(post("/").willReturn(jsonError("AccessDeniedException", DENIED)));
    wm.stubFor(OrganizationsFake.call("DescribeOrganization").willReturn(jsonAnswer(
        "{\"Organization\":{\"Id\":\"o-abc123\",\"MasterAccountId\":\"999988887777\"}}")));
    // WHEN
    Draft draft = collect();
    // THEN
    then(draft.get(AT)).isEqualTo(json("{\"id\":\"o-abc123\"}"));
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what":"%1$s/scps","reason":"AccessDeniedException on organizations:ListParents%2$s"},
         {"what":"%1$s/rcps","reason":"AccessDeniedException on organizations:ListParents%2$s"}]"""
        .formatted(AT, ONLY_ADMINISTRATORS)));
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_mark_the_organization_unavailable_when_every_organizations_call_is_denied() throws Exception {
    // GIVEN a collector with no Organizations permission at all
    wm.stubFor(post("/").willReturn(jsonError("AccessDeniedException", DENIED)));
    // WHEN
    Draft draft = collect();
    // THEN one entry, for the whole organization
    then(draft.get("/accounts")).isNull();
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what":"%s","reason":"AccessDeniedException on organizations:DescribeOrganization"}]""".formatted(AT)));
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_retry_a_throttled_list_parents_and_write_the_whole_path() throws Exception {
    // GIVEN the account's ListParents throttled once
    OrganizationsFake.organization(wm, 0);
    wm.stubFor(OrganizationsFake.call("ListParents").inScenario("throttle").whenScenarioStateIs(STARTED)
        .willReturn(jsonError("TooManyRequestsException", "AWS Organizations can't complete your request."))
        .willSetStateTo("calm"));
    // WHEN
    Draft draft = collect();
    // THEN
    then(draft.get(AT)).isEqualTo(json(OrganizationsFake.written()));
    then(wm.findAll(AwsWire.jsonSent("AWSOrganizationsV20161128.ListParents"))).hasSize(3);
  }

  @Test
  void should_mark_the_organization_unavailable_when_organizations_stays_throttled() throws Exception {
    // GIVEN every call throttled, retries included
    wm.stubFor(post("/").willReturn(jsonError("TooManyRequestsException", "Too many requests.")));
    // WHEN
    Draft draft = collect();
    // THEN
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what":"%s","reason":"throttled on organizations:DescribeOrganization (after retries)"}]""".formatted(AT)));
  }

  private static Draft collect() throws InterruptedException {
    Draft draft = AwsFake.draft();
    try (AwsContext aws = AwsFake.context(wm)) {
      new OrganizationCollector().collect(aws, new Target("acme-reports", null, PRINCIPAL, "GetObject"), draft);
    }
    return draft;
  }
}
