package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.node.NullNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountCollectorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Target TARGET = new Target("acme-reports", "2024/q1.csv",
      "arn:aws:sts::111122223333:assumed-role/app/i-0abc", "GetObject");

  @Test
  void should_fill_the_accounts_block_public_access_when_s3_control_answers_for_the_principals_account() throws Exception {
    // GIVEN S3 Control answering for account 111122223333 only, at that account's own host
    wm.stubFor(publicAccessBlock().willReturn(S3Fake.ok("<PublicAccessBlockConfiguration "
        + "xmlns=\"http://awss3control.amazonaws.com/doc/2018-08-20/\"><BlockPublicAcls>true</BlockPublicAcls>"
        + "<IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>false</BlockPublicPolicy>"
        + "<RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>")));
    var collector = new AccountCollector();

    // WHEN the account is collected
    var draft = collect(collector, TARGET);

    // THEN the four flags are there under their AWS names, and the bundle reads back cleanly
    then(draft.get("/accounts")).isEqualTo(Draft.json().readTree("""
        {"111122223333": {"blockPublicAccess": {"BlockPublicAcls": true, "IgnorePublicAcls": true,
                                                "BlockPublicPolicy": false, "RestrictPublicBuckets": true}}}"""));
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
    then(draft.calledActions()).containsExactlyInAnyOrderElementsOf(collector.actions());
  }

  @Test
  void should_write_null_when_s3_control_says_the_account_has_no_block_public_access() throws Exception {
    // GIVEN an account that never set Block Public Access; S3 Control wraps its error one level deeper than S3
    wm.stubFor(publicAccessBlock().willReturn(S3Fake.withS3Headers(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/xml")
        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse><Error>"
            + "<Code>NoSuchPublicAccessBlockConfiguration</Code><Message>The public access block configuration was "
            + "not found</Message><AccountId>111122223333</AccountId></Error><RequestId>A1B2C3D4E5F6A7B8</RequestId>"
            + "<HostId>h</HostId></ErrorResponse>"))));

    // WHEN the account is collected
    var draft = collect(new AccountCollector(), TARGET);

    // THEN its Block Public Access is known not to be set
    then(draft.get("/accounts/111122223333/blockPublicAccess")).isEqualTo(NullNode.getInstance());
    then(draft.get("/unavailable")).isNull();
  }

  @Test
  void should_list_the_accounts_block_public_access_as_unavailable_when_the_collector_is_denied() throws Exception {
    // GIVEN S3 Control refusing the collector
    wm.stubFor(publicAccessBlock().willReturn(S3Fake.withS3Headers(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/xml")
        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse><Error><Code>AccessDenied</Code>"
            + "<Message>Access Denied</Message></Error><RequestId>A1B2C3D4E5F6A7B9</RequestId><HostId>h</HostId>"
            + "</ErrorResponse>"))));

    // WHEN the account is collected
    var draft = collect(new AccountCollector(), TARGET);

    // THEN the account's Block Public Access is unavailable with the reason
    then(draft.get("/unavailable")).isEqualTo(Draft.json().readTree("""
        [{"what": "/accounts/111122223333/blockPublicAccess",
          "reason": "AccessDenied on s3:GetAccountPublicAccessBlock"}]"""));
  }

  @ParameterizedTest(name = "principal {0}")
  @CsvSource(nullValues = "none", value = {"none", "anonymous", "cloudfront.amazonaws.com",
      "arn:aws:iam::aws:policy/AdministratorAccess"})
  void should_send_nothing_when_the_principal_names_no_account(String principal) throws Exception {
    // GIVEN a request whose principal names no account
    var target = new Target("acme-reports", null, principal, "GetObject");

    // WHEN the account collector runs
    var draft = collect(new AccountCollector(), target);

    // THEN it asked S3 Control nothing and wrote nothing
    then(wm.getAllServeEvents()).isEmpty();
    then(draft.get("/accounts")).isNull();
  }

  /** GetPublicAccessBlock for account 111122223333, which S3 Control takes at that account's own host. */
  private static MappingBuilder publicAccessBlock() {
    return get(urlPathEqualTo("/v20180820/configuration/publicAccessBlock"))
        .withHeader("x-amz-account-id", equalTo("111122223333"))
        .withHeader("Host", equalTo("111122223333.localhost:" + wm.getPort()));
  }

  private static Draft collect(Collector collector, Target target) throws Exception {
    var draft = AwsFake.draft();
    try (var aws = AwsFake.context(wm)) {
      collector.collect(aws, target, draft);
    }
    return draft;
  }
}
