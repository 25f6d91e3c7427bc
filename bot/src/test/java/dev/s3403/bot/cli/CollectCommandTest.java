package dev.s3403.bot.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code s3-403 collect}: a bundle on standard output, progress on standard error, one line when nothing answers. */
class CollectCommandTest {
  @RegisterExtension
  static WireMockExtension aws = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeAll
  static void credentials() {
    System.setProperty("aws.accessKeyId", "AKIDCOLLECTCLITEST01");
    System.setProperty("aws.secretAccessKey", "collect-cli-test-secret");
  }

  @AfterAll
  static void forget() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @Test
  void should_write_a_bundle_with_what_it_read_and_what_it_could_not() {
    // GIVEN an AWS that shows the bucket policy and refuses everything else
    aws.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
        .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>R1</RequestId></Error>")));
    aws.stubFor(get(urlPathEqualTo("/acme-reports")).withQueryParam("policy", equalTo("")).atPriority(1).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyHttp\",\"Effect\":\"Deny\",\"Principal\":\"*\","
            + "\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::acme-reports/*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}")));
    // WHEN collected
    CliRun run = CliRun.run("collect", "--bucket", "acme-reports", "--key", "2024/q1.csv", "--endpoint-url", aws.baseUrl(),
        "--region", "us-east-1", "--deadline", "10");
    // THEN the bundle holds the policy, names what it could not read, and the progress went to standard error
    then(run.status()).isZero();
    var bundle = run.json();
    then(bundle.get("format").asText()).isEqualTo("s3-403/evidence@1");
    then(bundle.at("/buckets/acme-reports/policy/Statement/0/Sid").asText()).isEqualTo("DenyHttp");
    then(bundle.path("unavailable").toString()).contains("AccessDenied on s3:GetBucketAcl");
    then(run.err()).contains("s3-403 collect: bucket: done in");
  }

  @Test
  void should_diagnose_with_live_evidence_for_the_request_the_error_names() throws Exception {
    // GIVEN p004's error, and an AWS that shows its bucket policy (the Deny outside the VPC endpoint)
    com.fasterxml.jackson.databind.JsonNode p004;
    try (var in = getClass().getResourceAsStream("/scenarios/p004.json")) {
      p004 = CliRun.JSON.readTree(in);
    }
    aws.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
        .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>R1</RequestId></Error>")));
    aws.stubFor(get(urlPathEqualTo("/bluefin-customs-filings")).withQueryParam("policy", equalTo("")).atPriority(1)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(p004.at("/bundle/buckets/bluefin-customs-filings/policy").toString())));
    // WHEN diagnosed with --live
    CliRun run = CliRun.run("diagnose", p004.get("error").asText(), "--live", "--endpoint-url", aws.baseUrl(),
        "--region", "eu-west-1", "--no-llm");
    // THEN the collected policy confirms the cause, and the bucket the error named was the one read
    then(run.status()).isZero();
    then(run.json().at("/causes/0/id").asText()).isEqualTo("perimeter-network-deny");
    then(run.json().at("/causes/0/status").asText()).isEqualTo("confirmed");
    then(run.err()).contains("s3-403 diagnose --live: bucket: done in");
    // AND what the collector could not read is named with AWS's refusal, not as merely missing
    then(run.json().path("unchecked")).anySatisfy(u -> then(u.path("why").asText()).endsWith(" on iam:GetRole"));
    then(aws.getAllServeEvents()).anySatisfy(e -> then(e.getRequest().getUrl()).isEqualTo("/bluefin-customs-filings?policy"));
  }

  @Test
  void should_assume_the_read_only_role_with_the_external_id_and_read_with_its_credentials() {
    // GIVEN STS handing out the read-only role's credentials only with the right external id, and S3 answering
    aws.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
        .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>R1</RequestId></Error>")));
    aws.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/")).atPriority(1)
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Action=AssumeRole&"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("ExternalId=s3-403-external-id-0042"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><Credentials>"
                + "<AccessKeyId>ASIAASSUMEDROLE00042</AccessKeyId><SecretAccessKey>assumed-secret</SecretAccessKey>"
                + "<SessionToken>assumed-session-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>"
                + "<AssumedRoleUser><Arn>arn:aws:sts::444455556666:assumed-role/s3-403-read-only/s3-403-collect</Arn>"
                + "<AssumedRoleId>AROAREADONLY:s3-403-collect</AssumedRoleId></AssumedRoleUser></AssumeRoleResult>"
                + "<ResponseMetadata><RequestId>A1</RequestId></ResponseMetadata></AssumeRoleResponse>")));
    aws.stubFor(get(urlPathEqualTo("/acme-reports")).withQueryParam("policy", equalTo("")).atPriority(1).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"Version\":\"2012-10-17\",\"Statement\":[]}")));
    // WHEN collected through the role
    CliRun run = CliRun.run("collect", "--bucket", "acme-reports", "--endpoint-url", aws.baseUrl(), "--region", "us-east-1",
        "--account-role", "arn:aws:iam::444455556666:role/s3-403-read-only", "--external-id", "s3-403-external-id-0042");
    // THEN the role was assumed once, and the reads were signed with its credentials, not the caller's own
    then(run.status()).isZero();
    var sts = aws.getAllServeEvents().stream().filter(e -> e.getRequest().getBodyAsString().contains("Action=AssumeRole&")).toList();
    then(sts).hasSize(1);
    then(sts.getFirst().getRequest().getBodyAsString()).contains("RoleArn=arn%3Aaws%3Aiam%3A%3A444455556666%3Arole%2Fs3-403-read-only");
    var policyRead = aws.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/acme-reports?policy")).findFirst().orElseThrow();
    then(policyRead.getRequest().getHeader("Authorization")).contains("Credential=ASIAASSUMEDROLE00042/");
    then(policyRead.getRequest().getHeader("X-Amz-Security-Token")).isEqualTo("assumed-session-token");
  }

  @Test
  void should_say_in_one_line_when_the_role_cannot_be_assumed() {
    aws.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml").withBody(
        "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>AccessDenied</Code>"
            + "<Message>User is not authorized to perform: sts:AssumeRole</Message></Error><RequestId>A2</RequestId></ErrorResponse>")));
    CliRun.run("collect", "--bucket", "acme-reports", "--endpoint-url", aws.baseUrl(), "--region", "us-east-1",
        "--account-role", "arn:aws:iam::444455556666:role/s3-403-read-only", "--external-id", "wrong")
        .thenRefusedWith("cannot assume arn:aws:iam::444455556666:role/s3-403-read-only");
  }

  @Test
  void should_fail_within_the_deadline_with_one_line_when_nothing_answers() {
    long start = System.nanoTime();
    CliRun run = CliRun.run("collect", "--bucket", "acme-reports", "--endpoint-url", "http://127.0.0.1:1", "--region", "us-east-1",
        "--deadline", "3");
    then((System.nanoTime() - start) / 1_000_000).isLessThan(3_000 + 1_000);
    run.thenRefusedWith("could not reach http://127.0.0.1:1");
  }

  @Test
  void should_refuse_bad_options_with_one_line() {
    CliRun.run("collect").thenRefusedWith("--bucket is required");
    CliRun.run("collect", "--bucket", "Not_A_Bucket").thenRefusedWith("is not a bucket name");
    CliRun.run("collect", "--bucket", "b-1", "--principal", "bob").thenRefusedWith("--principal `bob` is not an IAM user, role or session ARN");
    CliRun.run("collect", "--bucket", "b-1", "--deadline", "soon").thenRefusedWith("--deadline `soon`");
  }
}
