package dev.s3403.diagnostics.evidence.paste;

import static dev.s3403.diagnostics.evidence.paste.Pastes.ROLE;
import static dev.s3403.diagnostics.evidence.paste.Pastes.SESSION;
import static dev.s3403.diagnostics.evidence.paste.Pastes.merged;
import static dev.s3403.diagnostics.evidence.paste.Pastes.principal;
import static dev.s3403.diagnostics.evidence.paste.Pastes.recognized;
import static dev.s3403.diagnostics.evidence.paste.Pastes.sample;
import static dev.s3403.diagnostics.evidence.paste.Pastes.why;
import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Evidence;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.PolicyDoc;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IamOutputsTest {
  private static final String PATHED_ROLE = "arn:aws:iam::111122223333:role/service/app";
  private static final String BOUNDARY = "arn:aws:iam::111122223333:policy/DataBoundary";

  private static List<PolicyDoc> policies(Bundle bundle, String role) {
    return principal(bundle, role).identityPolicies().asOptional().orElseThrow();
  }

  @Test
  void should_record_id_creation_boundary_and_tags_when_get_role_is_pasted() {
    // GIVEN get-role of a role with a path, a permissions boundary and one tag
    // WHEN it is recognized
    var recognized = recognized(sample("get-role.json.txt"), Context.none());
    var role = principal(merged(recognized), PATHED_ROLE);

    // THEN the role is known by its full ARN; the boundary by name and ARN, its document still unknown
    then(role.account()).isEqualTo(Fact.known("111122223333"));
    then(role.type()).isEqualTo(Fact.known(PrincipalInfo.Type.ROLE));
    then(role.id()).isEqualTo(Fact.known("AROAQEXAMPLEID1234567"));
    then(role.createDate()).isEqualTo(Fact.known(Instant.parse("2025-01-10T00:00:00Z")));
    then(role.tags()).isEqualTo(Fact.known(Map.of("team", "data")));
    then(role.permissionsBoundary()).isEqualTo(Fact.known(new PolicyDoc(Fact.known("DataBoundary"), Fact.known(BOUNDARY),
        Fact.unknown(), Fact.unknown())));
    then(role.identityPolicies().isUnknown()).isTrue();
    then(recognized.notes()).singleElement().asString().contains("get-policy-version --policy-arn " + BOUNDARY);
  }

  @Test
  void should_add_the_inline_policy_to_the_conversation_role_when_get_role_policy_is_pasted() {
    // GIVEN get-role-policy naming role `app`, in a conversation about a session of that role
    // WHEN it is recognized
    var recognized = recognized(sample("get-role-policy.json.txt"), Context.none().withPrincipal(SESSION));
    var policies = policies(merged(recognized), ROLE);

    // THEN the role has this one inline policy, known by name and document
    then(policies).singleElement().satisfies(p -> {
      then(p.name()).isEqualTo(Fact.known("AppS3"));
      then(p.arn().isUnknown()).isTrue();
      then(p.document().asOptional().orElseThrow().json().at("/Statement/0/Action/1").asText()).isEqualTo("s3:PutObject");
    });
    then(recognized.notes()).contains(
        "inline policy `AppS3` added to the identity policies of `" + ROLE + "` (1 known); the role may have others");
  }

  @Test
  void should_decode_a_url_encoded_policy_document_when_raw_api_output_is_pasted() {
    // GIVEN get-role-policy as the raw API prints it: the document URL-encoded
    String paste = """
        {"RoleName": "app", "PolicyName": "AppS3",
         "PolicyDocument": "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22s3%3AGetObject%22%2C%22Resource%22%3A%22*%22%7D%5D%7D"}
        """;

    // WHEN it is recognized, the account known from the conversation
    var recognized = recognized(paste, Context.none().withAccount("111122223333"));

    // THEN the document is the decoded object
    var document = policies(merged(recognized), ROLE).getFirst().document().asOptional().orElseThrow().json();
    then(document.at("/Statement/0/Action").asText()).isEqualTo("s3:GetObject");
    then(recognized.notes()).contains("the policy document was URL-encoded; decoded",
        "account `111122223333` taken from the conversation: the output does not name it");
  }

  @Test
  void should_keep_the_known_policies_when_another_policy_of_the_role_is_pasted() {
    // GIVEN a conversation that already knows one inline policy of the role
    var ctx = Context.none().withPrincipal(SESSION);
    var first = recognized(sample("get-role-policy.json.txt"), ctx).evidence();
    String second = sample("get-role-policy.json.txt").replace("AppS3", "AppKms").replace("s3:PutObject", "kms:Decrypt");

    // WHEN a second inline policy is pasted and merged into what is known
    var recognized = recognized(second, ctx.withKnown(first));
    var merged = Evidence.merge(first, recognized.evidence());

    // THEN the role has both, in the order they were pasted
    then(policies(merged.bundle(), ROLE)).extracting(p -> p.name().asOptional().orElseThrow())
        .containsExactly("AppS3", "AppKms");
  }

  @Test
  void should_ask_in_which_account_when_the_role_name_cannot_be_placed() {
    // GIVEN get-role-policy, and a conversation that knows neither principal nor account
    // WHEN it is recognized
    // THEN the user is asked for the account
    then(why(sample("get-role-policy.json.txt"), Context.none()))
        .isEqualTo("an inline policy of role `app`, but in which account? say the account or the role ARN");
  }

  @Test
  void should_list_attached_policies_keep_inline_ones_and_drop_detached_ones_when_list_attached_role_policies_is_pasted() {
    // GIVEN a role known with an inline policy and a managed policy that is no longer attached
    var known = dev.s3403.diagnostics.evidence.EvidenceReader.read("""
        {"format": "s3-403/evidence@1", "principals": {"%s": {"identityPolicies": [
          {"name": "AppS3", "document": {"Statement": []}},
          {"name": "Old", "arn": "arn:aws:iam::111122223333:policy/Old"},
          {"name": "ReadReports", "arn": "arn:aws:iam::111122223333:policy/ReadReports", "document": {"Statement": []}}]}}}
        """.formatted(ROLE)).bundle();

    // WHEN list-attached-role-policies is pasted
    var recognized = recognized(sample("list-attached-role-policies.json.txt"), Context.none().withPrincipal(SESSION).withKnown(known));
    var policies = policies(merged(recognized), ROLE);

    // THEN the inline policy stays, the known attached one keeps its document, the new one is listed without one
    then(policies).extracting(p -> p.name().asOptional().orElseThrow())
        .containsExactly("AppS3", "ReadReports", "AmazonS3ReadOnlyAccess");
    then(policies.get(1).document().isKnown()).isTrue();
    then(policies.get(2).arn()).isEqualTo(Fact.known("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
    then(policies.get(2).document().isUnknown()).isTrue();
    then(recognized.notes()).anyMatch(n -> n.startsWith("1 attached policy has no document yet"));
  }

  @Test
  void should_fill_the_boundary_document_when_get_policy_version_of_a_known_boundary_is_pasted() {
    // GIVEN a conversation that knows the role's boundary from get-role
    var known = recognized(sample("get-role.json.txt"), Context.none()).evidence();

    // WHEN the boundary's default version is pasted
    var recognized = recognized(sample("get-policy-version.json.txt"), Context.none().withKnown(known));
    var merged = Evidence.merge(known, recognized.evidence());

    // THEN the boundary has its document and the time of its last change; it is not an identity policy
    var boundary = principal(merged.bundle(), PATHED_ROLE).permissionsBoundary().asOptional().orElseThrow();
    then(boundary.arn()).isEqualTo(Fact.known(BOUNDARY));
    then(boundary.updatedAt()).isEqualTo(Fact.known(Instant.parse("2026-11-22T09:55:00Z")));
    then(boundary.document().asOptional().orElseThrow().json().at("/Statement/0/Action").asText()).isEqualTo("s3:*");
    then(principal(merged.bundle(), PATHED_ROLE).identityPolicies().isUnknown()).isTrue();
    then(merged.notes()).isEmpty();
    then(recognized.notes()).containsExactly("`DataBoundary` read as the permissions boundary of `" + PATHED_ROLE + "`");
  }

  @Test
  void should_attach_a_managed_policy_to_the_conversation_role_when_nothing_lists_it() {
    // GIVEN a managed policy version, and a conversation about a session of role `app`
    String paste = sample("get-policy-version.json.txt").replace("DataBoundary", "ReadReports");

    // WHEN it is recognized
    var recognized = recognized(paste, Context.none().withPrincipal(SESSION));

    // THEN it is an attached policy of the role, and the note says how it was placed
    then(policies(merged(recognized), ROLE)).singleElement()
        .satisfies(p -> then(p.arn()).isEqualTo(Fact.known("arn:aws:iam::111122223333:policy/ReadReports")));
    then(recognized.notes().getFirst()).startsWith("`ReadReports` read as an attached policy of `" + ROLE + "`");
  }

  @Test
  void should_refuse_a_version_that_is_not_the_default_one() {
    // GIVEN an old version of a policy
    String paste = sample("get-policy-version.json.txt").replace("\"IsDefaultVersion\": true", "\"IsDefaultVersion\": false");

    // WHEN it is recognized
    // THEN it is not evidence: that version grants nothing
    then(why(paste, Context.none().withPrincipal(SESSION)))
        .isEqualTo("version `v3` is not the policy's default version, so it grants nothing: paste the default version");
  }

  @Test
  void should_ask_which_policy_when_a_policy_version_comes_without_its_command_line() {
    // GIVEN get-policy-version's output alone
    String output = sample("get-policy-version.json.txt").lines().skip(1).reduce("", (a, b) -> a + b + "\n");

    // WHEN it is recognized
    // THEN the user is asked for the command line, since the output does not name the policy
    then(why(output, Context.none().withPrincipal(SESSION)))
        .isEqualTo("a managed policy, but which one? paste the command line with `--policy-arn` too");
  }

  @org.junit.jupiter.api.Test
  void should_ask_for_json_when_a_policy_bearing_output_is_pasted_as_text() {
    // GIVEN get-role-policy run with --output text, which prints the policy flattened into lines
    String paste = "$ aws iam get-role-policy --role-name app --policy-name S3 --output text\n"
        + "POLICYDOCUMENT\t2012-10-17\nSTATEMENT\tAllow\nACTION\ts3:GetObject\n";
    // WHEN
    var result = PastedOutputs.recognize(paste, Context.none());
    // THEN it is not guessed back: the reason asks for the JSON
    org.assertj.core.api.BDDAssertions.then(result).isInstanceOfSatisfying(Recognition.NotRecognized.class,
        n -> org.assertj.core.api.BDDAssertions.then(n.why()).contains("flattens the policy document", "--output json"));
  }
}
