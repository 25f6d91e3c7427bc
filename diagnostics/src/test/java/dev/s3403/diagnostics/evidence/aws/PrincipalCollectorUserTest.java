package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.FakeIam.DOCUMENT;
import static dev.s3403.diagnostics.evidence.aws.PrincipalCollectorRoleTest.json;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PrincipalCollectorUserTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String ALICE = "arn:aws:iam::111122223333:user/alice";
  static final String DEVS_READ = "arn:aws:iam::111122223333:policy/DevsRead";
  static final String GROUP_DOCUMENT = """
      {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":["s3:ListBucket"],"Resource":"arn:aws:s3:::acme-reports"}}""";

  /** A user with one inline policy of her own, in group `devs` with an inline and an attached policy. */
  static FakeIam alice(WireMockExtension wm) {
    return new FakeIam(wm)
        .user("/", "alice", "AIDAEXAMPLEALICE0001", Map.of())
        .inline("User", "alice", Map.of("AliceInline", DOCUMENT))
        .attached("User", "alice")
        .groupsForUser("alice", "devs")
        .inline("Group", "devs", Map.of("DevsInline", GROUP_DOCUMENT))
        .attached("Group", "devs", DEVS_READ)
        .managed(DEVS_READ, "v2", "2026-10-01T08:00:00Z", GROUP_DOCUMENT);
  }

  @Test
  void should_include_the_groups_policies_after_the_users_own_when_the_principal_is_a_user() throws Exception {
    // GIVEN a user whose group has an inline and an attached policy
    alice(wm);
    var draft = AwsFake.draft();

    // WHEN the principal collector reads her
    try (var aws = AwsFake.context(wm)) {
      new PrincipalCollector().collect(aws, new Target("acme-reports", null, ALICE, "ListObjectsV2"), draft);
    }

    // THEN her own policy comes first, then the group's, and she has no boundary and no tags
    then(draft.get("/principals/" + Draft.segment(ALICE))).isEqualTo(json("""
        {"account": "111122223333", "type": "user", "id": "AIDAEXAMPLEALICE0001", "createDate": "2025-01-10T00:00:00Z",
         "tags": {},
         "identityPolicies": [
           {"name": "AliceInline", "document": %s},
           {"name": "DevsInline", "document": %s},
           {"name": "DevsRead", "arn": "%s", "updatedAt": "2026-10-01T08:00:00Z", "document": %s}],
         "permissionsBoundary": null}""".formatted(DOCUMENT, GROUP_DOCUMENT, DEVS_READ, GROUP_DOCUMENT)));
    then(draft.get("/unavailable")).isNull();
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_read_a_managed_policy_once_when_it_is_attached_to_the_user_and_to_her_group() throws Exception {
    // GIVEN DevsRead attached to alice herself as well as to her group
    alice(wm).attached("User", "alice", DEVS_READ);
    var draft = AwsFake.draft();

    // WHEN the principal collector reads her
    try (var aws = AwsFake.context(wm)) {
      new PrincipalCollector().collect(aws, new Target("acme-reports", null, ALICE, null), draft);
    }

    // THEN the policy is listed once, in the user's own place
    var names = draft.get("/principals/" + Draft.segment(ALICE) + "/identityPolicies").findValuesAsText("name");
    then(names).containsExactly("AliceInline", "DevsRead", "DevsInline");
  }
}
