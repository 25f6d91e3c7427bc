package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.KmsCollectorTest.json;
import static dev.s3403.diagnostics.evidence.aws.OrganizationsFake.AT;
import static dev.s3403.diagnostics.evidence.aws.OrganizationsFake.PRINCIPAL;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The path from the organization's root down to the principal's account, with the policies at each level. */
class OrganizationCollectorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  @RegisterExtension
  static ActionAudit audit = ActionAudit.everyActionUsed(wm, new OrganizationCollector());

  @Test
  void should_write_scps_and_rcps_root_first_when_the_account_sits_in_an_ou_under_the_root() throws Exception {
    // GIVEN account → OU → root, with SCPs at every level
    OrganizationsFake.organization(wm, 0);
    // WHEN
    Draft draft = collect(PRINCIPAL);
    // THEN
    then(draft.get(AT)).isEqualTo(json(OrganizationsFake.written()));
    then(draft.get("/unavailable")).isNull();
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_describe_a_policy_once_when_it_is_attached_at_every_level() throws Exception {
    // GIVEN FullAWSAccess on the root, the OU and the account
    OrganizationsFake.organization(wm, 0);
    // WHEN
    collect(PRINCIPAL);
    // THEN three policies described, each once: not RCPFullAWSAccess (implied), and not FullAWSAccess, AWS's own SCP,
    // whose content is fixed
    then(wm.findAll(AwsWire.jsonSent("AWSOrganizationsV20161128.DescribePolicy"))).hasSize(3);
  }

  @Test
  void should_call_nothing_when_the_principal_names_no_account() throws Exception {
    // GIVEN an anonymous request
    // WHEN
    Draft draft = collect("anonymous");
    // THEN
    then(draft.get("/accounts")).isNull();
    then(wm.getAllServeEvents()).isEmpty();
  }

  static Draft collect(String principal) throws InterruptedException {
    Draft draft = AwsFake.draft();
    try (AwsContext aws = AwsFake.context(wm)) {
      new OrganizationCollector().collect(aws, new Target("acme-reports", null, principal, "GetObject"), draft);
    }
    return draft;
  }
}
