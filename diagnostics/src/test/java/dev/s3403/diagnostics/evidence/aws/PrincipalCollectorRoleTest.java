package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.FakeIam.DOCUMENT;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PrincipalCollectorRoleTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String ROLE = "arn:aws:iam::111122223333:role/app";
  static final String BOUNDARY = "arn:aws:iam::111122223333:policy/Boundary";
  static final String APP_S3 = "arn:aws:iam::111122223333:policy/AppS3";
  static final String BOUNDARY_DOCUMENT = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""";
  static final String DENY_DOCUMENT = """
      {"Version":"2012-10-17","Statement":[{"Sid":"No delete","Effect":"Deny","Action":"s3:Delete*","Resource":"*","Condition":{"StringNotEquals":{"aws:PrincipalTag/team":"data + ops"}}}]}""";

  private final PrincipalCollector collector = new PrincipalCollector();

  /** A role with one inline and one attached policy, a permissions boundary and a tag, at the given path. */
  static FakeIam appRole(WireMockExtension wm, String path) {
    return new FakeIam(wm)
        .role(path, "app", "AROAEXAMPLEID12345", BOUNDARY, Map.of("team", "data"))
        .inline("Role", "app", Map.of("AppInline", DOCUMENT))
        .attached("Role", "app", APP_S3)
        .managed(APP_S3, "v3", "2026-11-22T09:55:00Z", DENY_DOCUMENT)
        .managed(BOUNDARY, "v1", "2026-01-05T12:00:00Z", BOUNDARY_DOCUMENT);
  }

  @Test
  void should_write_the_whole_principal_when_a_role_has_inline_attached_and_boundary_policies() throws Exception {
    // GIVEN a role with an inline policy, an attached policy, a boundary and a tag
    appRole(wm, "/");
    var draft = AwsFake.draft();

    // WHEN the principal collector reads it
    try (var aws = AwsFake.context(wm)) {
      collector.collect(aws, new Target("acme-reports", "2024/q1.csv", ROLE, "GetObject"), draft);
    }

    // THEN the entry holds every policy as a decoded JSON document, and the bundle reads back without errors
    then(draft.get("/principals/" + Draft.segment(ROLE))).isEqualTo(json("""
        {"account": "111122223333", "type": "role", "id": "AROAEXAMPLEID12345", "createDate": "2025-01-10T00:00:00Z",
         "tags": {"team": "data"},
         "identityPolicies": [
           {"name": "AppInline", "document": %s},
           {"name": "AppS3", "arn": "%s", "updatedAt": "2026-11-22T09:55:00Z", "document": %s}],
         "permissionsBoundary": {"name": "Boundary", "arn": "%s", "updatedAt": "2026-01-05T12:00:00Z", "document": %s}}"""
        .formatted(DOCUMENT, APP_S3, DENY_DOCUMENT, BOUNDARY, BOUNDARY_DOCUMENT)));
    then(draft.get("/unavailable")).isNull();
    var read = EvidenceReader.read(draft.snapshot());
    then(read.errors()).isEmpty();
    var role = read.bundle().principals().orNull().get(ROLE);
    then(role.type()).isEqualTo(Fact.known(PrincipalInfo.Type.ROLE));
    then(role.identityPolicies().orNull()).hasSize(2);
    then(role.permissionsBoundary().isKnown()).isTrue();
  }

  @Test
  void should_key_the_role_by_the_arn_with_its_path_when_the_principal_is_a_session() throws Exception {
    // GIVEN a role under the path /service/, denied as one of its sessions
    appRole(wm, "/service/");
    var draft = AwsFake.draft();

    // WHEN the principal collector reads the session's principal
    try (var aws = AwsFake.context(wm)) {
      collector.collect(aws, new Target("acme-reports", null, "arn:aws:sts::111122223333:assumed-role/app/i-0abc", null), draft);
    }

    // THEN the role is the principal, keyed as AWS names it, path included
    then(draft.get("/principals").properties()).extracting(Map.Entry::getKey)
        .containsExactly("arn:aws:iam::111122223333:role/service/app");
    then(draft.get("/principals/arn:aws:iam::111122223333:role~1service~1app/id").textValue()).isEqualTo("AROAEXAMPLEID12345");
  }

  @Test
  void should_write_null_for_the_principal_when_iam_says_the_role_does_not_exist_in_the_collectors_account() throws Exception {
    // GIVEN no role `gone` in the account the collector reads
    wm.stubFor(IamWire.action("GetRole").willReturn(IamWire.noSuchEntity("The role with name gone cannot be found.")));
    new FakeIam(wm).caller("111122223333");
    var draft = AwsFake.draft();

    // WHEN the principal collector looks for it
    try (var aws = AwsFake.context(wm)) {
      collector.collect(aws, new Target("acme-reports", null, "arn:aws:iam::111122223333:role/gone", null), draft);
    }

    // THEN the bundle says the role is known not to exist, and still reads without errors
    then(draft.get("/principals/arn:aws:iam::111122223333:role~1gone").isNull()).isTrue();
    then(draft.get("/unavailable")).isNull();
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_report_the_principal_unavailable_when_the_role_is_in_another_account_than_the_collector() throws Exception {
    // GIVEN a collector in account 444455556666, which has no role `app`
    wm.stubFor(IamWire.action("GetRole").willReturn(IamWire.noSuchEntity("The role with name app cannot be found.")));
    new FakeIam(wm).caller("444455556666");
    var draft = AwsFake.draft();

    // WHEN the principal collector looks for a role of account 111122223333
    try (var aws = AwsFake.context(wm)) {
      collector.collect(aws, new Target("acme-reports", null, ROLE, null), draft);
    }

    // THEN it does not claim the role does not exist: it says why it could not read it
    then(draft.get("/principals")).isNull();
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what": "/principals/arn:aws:iam::111122223333:role~1app",
          "reason": "the principal is in account `111122223333` and IAM answers the collector for its own account `444455556666` only"}]"""));
  }

  static JsonNode json(String text) throws Exception {
    return Draft.json().readTree(text);
  }
}
