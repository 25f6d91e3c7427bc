package dev.s3403.diagnostics.evidence.paste;

import static dev.s3403.diagnostics.evidence.paste.Pastes.BUCKET;
import static dev.s3403.diagnostics.evidence.paste.Pastes.KEY;
import static dev.s3403.diagnostics.evidence.paste.Pastes.KEY_ARN;
import static dev.s3403.diagnostics.evidence.paste.Pastes.SESSION;
import static dev.s3403.diagnostics.evidence.paste.Pastes.bucket;
import static dev.s3403.diagnostics.evidence.paste.Pastes.kmsKey;
import static dev.s3403.diagnostics.evidence.paste.Pastes.merged;
import static dev.s3403.diagnostics.evidence.paste.Pastes.object;
import static dev.s3403.diagnostics.evidence.paste.Pastes.principal;
import static dev.s3403.diagnostics.evidence.paste.Pastes.recognized;
import static dev.s3403.diagnostics.evidence.paste.Pastes.sample;
import static dev.s3403.diagnostics.evidence.paste.Pastes.why;
import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.Acl;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.Grant;
import dev.s3403.diagnostics.evidence.Grantee;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.evidence.PolicyDoc;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --output text}: the same evidence as the JSON form, read from the tab-separated lines the CLI prints. */
class TextOutputsTest {
  private static final String OWNER = "852b113e7a2f25102679df27bb0ae12b3f85be6f290b936c4393484be31bebcc";
  private static final String PATHED_ROLE = "arn:aws:iam::111122223333:role/service/app";
  private static final String BOUNDARY = "arn:aws:iam::111122223333:policy/DataBoundary";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"head-object", "get-bucket-encryption", "get-bucket-policy", "get-key-policy",
      "get-object-acl"})
  void should_give_the_same_evidence_as_the_json_form_when_the_text_form_is_pasted(String command) {
    // GIVEN one output in its JSON form and in its text form, each with its command line
    var json = recognized(sample(command + ".json.txt"), Context.none());

    // WHEN the text form is recognized and merged
    var text = recognized(sample(command + ".text.txt"), Context.none());

    // THEN it is the same command, the same bundle and the same notes
    then(text.command()).isEqualTo(json.command());
    then(merged(text)).isEqualTo(merged(json));
    then(text.notes()).isEqualTo(json.notes());
  }

  @Test
  void should_record_encryption_storage_restore_and_lock_state_when_head_object_text_is_pasted() {
    // GIVEN head-object in text form: a restored GLACIER object under SSE-KMS, a restore date with blanks in it
    // WHEN it is recognized and merged
    var object = object(merged(recognized(sample("head-object.text.txt"), Context.none())), BUCKET, KEY);

    // THEN each member the line shows is known
    then(object.exists()).isEqualTo(Fact.known(true));
    var encryption = object.encryption().asOptional().orElseThrow();
    then(encryption.algorithm()).isEqualTo(Fact.known("aws:kms"));
    then(encryption.kmsKeyArn()).isEqualTo(Fact.known(KEY_ARN));
    then(encryption.bucketKeyEnabled()).isEqualTo(Fact.known(true));
    then(object.storageClass()).isEqualTo(Fact.known("GLACIER"));
    then(object.legalHold()).isEqualTo(Fact.known(false));
    then(object.retainUntil()).isEqualTo(Fact.known(Instant.parse("2027-01-01T00:00:00Z")));
  }

  @Test
  void should_know_standard_and_leave_the_key_unknown_when_head_object_text_shows_sse_s3_only() {
    // GIVEN a STANDARD SSE-S3 object, whose tabs chat turned into blanks
    String paste = """
        $ aws s3api head-object --bucket acme-reports --key 2024/q1.csv --output text
        bytes 12 text/csv "e1d2c3b4a5968778695a4b3c2d1e0f12" 2026-11-20T08:15:02+00:00 AES256
        """;

    // WHEN it is recognized
    var object = object(merged(recognized(paste, Context.none())), BUCKET, KEY);

    // THEN the algorithm is known, the storage class from its absence, and nothing else is guessed
    var encryption = object.encryption().asOptional().orElseThrow();
    then(encryption.algorithm()).isEqualTo(Fact.known("AES256"));
    then(encryption.kmsKeyArn().isUnknown()).isTrue();
    then(encryption.bucketKeyEnabled().isUnknown()).isTrue();
    then(object.storageClass()).isEqualTo(Fact.known("STANDARD"));
    then(object.restored().isMissing()).isTrue();
    then(object.legalHold().isUnknown()).isTrue();
  }

  @Test
  void should_set_default_encryption_key_and_blocked_types_when_get_bucket_encryption_text_is_pasted() {
    // GIVEN the rule's lines: RULES, APPLYSERVERSIDEENCRYPTIONBYDEFAULT and ENCRYPTIONTYPE
    // WHEN they are recognized and merged
    var encryption = bucket(merged(recognized(sample("get-bucket-encryption.text.txt"), Context.none())), BUCKET)
        .encryption().asOptional().orElseThrow();

    // THEN every part is known
    then(encryption.algorithm()).isEqualTo(Fact.known("aws:kms"));
    then(encryption.kmsKeyArn()).isEqualTo(Fact.known(KEY_ARN));
    then(encryption.bucketKeyEnabled()).isEqualTo(Fact.known(true));
    then(encryption.blockedEncryptionTypes()).isEqualTo(Fact.known(List.of("SSE-C")));
  }

  @Test
  void should_read_only_the_first_rule_and_say_so_when_get_bucket_encryption_text_has_two() {
    // GIVEN two rules, SSE-S3 first, from a CLI that prints no blocked types
    String paste = """
        $ aws s3api get-bucket-encryption --bucket acme-reports --output text
        RULES	False
        APPLYSERVERSIDEENCRYPTIONBYDEFAULT	AES256
        RULES	True
        APPLYSERVERSIDEENCRYPTIONBYDEFAULT	alias/reports	aws:kms
        """;

    // WHEN it is recognized
    var recognized = recognized(paste, Context.none());
    var encryption = bucket(merged(recognized), BUCKET).encryption().asOptional().orElseThrow();

    // THEN the first rule is read, the blocked types stay unknown, and the note says the rest was not read
    then(encryption.algorithm()).isEqualTo(Fact.known("AES256"));
    then(encryption.bucketKeyEnabled()).isEqualTo(Fact.known(false));
    then(encryption.blockedEncryptionTypes().isUnknown()).isTrue();
    then(recognized.notes()).containsExactly("the bucket has more than one encryption rule; only the first was read");
  }

  @Test
  void should_put_the_policy_on_the_key_without_a_trailing_text_note_when_get_key_policy_text_is_pasted() {
    // GIVEN the key policy as text prints it: the policy string, then a tab and the policy name
    // WHEN it is recognized and merged
    var recognized = recognized(sample("get-key-policy.text.txt"), Context.none());

    // THEN the key has its policy, and the policy name is not reported as ignored text
    then(kmsKey(merged(recognized), KEY_ARN).policy().isKnown()).isTrue();
    then(recognized.notes()).isEmpty();
  }

  @Test
  void should_record_account_manager_state_and_deletion_when_describe_key_text_is_pasted() {
    // GIVEN describe-key in text form: a key pending deletion, with a description holding blanks
    // WHEN it is recognized and merged
    var recognized = recognized(sample("describe-key.text.txt"), Context.none());
    var key = kmsKey(merged(recognized), KEY_ARN);

    // THEN the members after the description are still read in their places
    then(key.account()).isEqualTo(Fact.known("444455556666"));
    then(key.manager()).isEqualTo(Fact.known(KmsKeyInfo.Manager.CUSTOMER));
    then(key.state()).isEqualTo(Fact.known(KmsKeyInfo.State.PENDING_DELETION));
    then(recognized.notes()).containsExactly("the key is scheduled for deletion on 2026-12-01T00:00:00+00:00");
  }

  @Test
  void should_record_id_creation_boundary_and_tags_when_get_role_text_is_pasted() {
    // GIVEN get-role in text form, with a description and a tag value holding blanks, among trust policy lines
    // WHEN it is recognized and merged
    var recognized = recognized(sample("get-role.text.txt"), Context.none());
    var role = principal(merged(recognized), PATHED_ROLE);

    // THEN the role is known as in the JSON form
    then(role.account()).isEqualTo(Fact.known("111122223333"));
    then(role.type()).isEqualTo(Fact.known(PrincipalInfo.Type.ROLE));
    then(role.id()).isEqualTo(Fact.known("AROAQEXAMPLEID1234567"));
    then(role.createDate()).isEqualTo(Fact.known(Instant.parse("2025-01-10T00:00:00Z")));
    then(role.tags()).isEqualTo(Fact.known(Map.of("team", "data", "cost-center", "data platform")));
    then(role.permissionsBoundary()).isEqualTo(Fact.known(new PolicyDoc(Fact.known("DataBoundary"),
        Fact.known(BOUNDARY), Fact.unknown(), Fact.unknown())));
    then(recognized.notes()).singleElement().asString().contains("get-policy-version --policy-arn " + BOUNDARY);
  }

  @Test
  void should_list_the_attached_policies_of_the_role_when_list_attached_role_policies_text_is_pasted() {
    // GIVEN one ATTACHEDPOLICIES line per policy, the role from the conversation's caller
    // WHEN they are recognized and merged
    var recognized = recognized(sample("list-attached-role-policies.text.txt"), Context.none().withPrincipal(SESSION));
    var policies = principal(merged(recognized), Pastes.ROLE).identityPolicies().asOptional().orElseThrow();

    // THEN each policy is listed by name and ARN, its document still to be fetched
    then(policies).extracting(p -> p.name().asOptional().orElseThrow())
        .containsExactly("AmazonS3ReadOnlyAccess", "ReportsWriter");
    then(policies.get(1).arn()).isEqualTo(Fact.known("arn:aws:iam::111122223333:policy/ReportsWriter"));
    then(policies).allSatisfy(p -> then(p.document().isUnknown()).isTrue());
    then(recognized.notes()).anyMatch(n -> n.startsWith("2 attached policies have no document yet"));
  }

  @Test
  void should_set_owner_and_grants_when_get_object_acl_text_is_pasted() {
    // GIVEN GRANTS and GRANTEE line pairs and the OWNER line
    // WHEN they are recognized and merged
    var object = object(merged(recognized(sample("get-object-acl.text.txt"), Context.none())), BUCKET, KEY);

    // THEN owner and grants are known, grantees by canonical id or by group URI
    then(object.acl()).isEqualTo(Fact.known(new Acl(Fact.known(OWNER), Fact.known(List.of(
        new Grant(Fact.known(new Grantee(Fact.known(Grantee.Type.CANONICAL_USER), Fact.known(OWNER), Fact.unknown())),
            Fact.known(Grant.Permission.FULL_CONTROL)),
        new Grant(Fact.known(new Grantee(Fact.known(Grantee.Type.GROUP), Fact.unknown(),
            Fact.known("http://acs.amazonaws.com/groups/global/AllUsers"))), Fact.known(Grant.Permission.READ)))))));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"head-object.text.txt", "get-bucket-encryption.text.txt", "describe-key.text.txt",
      "get-role.text.txt", "list-attached-role-policies.text.txt", "get-object-acl.text.txt"})
  void should_ask_for_the_command_line_when_text_output_comes_without_it(String sample) {
    // GIVEN a text output alone, which does not say which command printed it
    String output = sample(sample).lines().skip(1).reduce("", (a, b) -> a + b + "\n");

    // WHEN it is recognized, with everything else known from the conversation
    var ctx = Context.none().withBucket(BUCKET).withKey(KEY).withPrincipal(SESSION).withKmsKey(KEY_ARN);

    // THEN the user is asked for the command line, in one line
    then(why(output, ctx)).isEqualTo(
        "`--output text` output, but of which command? paste it with its command line (`$ aws … --output text`)");
  }

  @Test
  void should_read_text_output_as_the_command_the_conversation_asked_for_when_pasted_without_its_command_line() {
    // GIVEN the conversation asked for get-role in text form, and the user pastes only its output
    var ctx = Context.none().withAsked("aws s3api get-object-acl --bucket acme-reports --key 2024/q1.csv --output text",
        "aws iam get-role --role-name app --output text");
    String output = sample("get-role.text.txt").lines().skip(1).reduce("", (a, b) -> a + b + "\n");

    // WHEN it is recognized
    var recognized = recognized(output, ctx);

    // THEN it is read as get-role, the asked command whose output it is, and the note says so
    then(recognized.command()).isEqualTo("aws iam get-role");
    then(principal(merged(recognized), PATHED_ROLE).id()).isEqualTo(Fact.known("AROAQEXAMPLEID1234567"));
    then(recognized.notes()).first().isEqualTo("read as the output of `aws iam get-role`, which the conversation asked for");
  }

  @Test
  void should_not_take_prose_with_a_quoted_word_for_head_object_text() {
    // GIVEN a reply in prose under a head-object command line, quoting a word but with no object in it
    String paste = """
        $ aws s3api head-object --bucket acme-reports --key 2024/q1.csv --output text
        it printed "Forbidden" and nothing else
        """;

    // WHEN it is recognized
    // THEN nothing is claimed about the object
    then(why(paste, Context.none()))
        .isEqualTo("not the output of `aws s3api head-object`: no `ETag`, `ContentLength` or `LastModified`");
  }
}
