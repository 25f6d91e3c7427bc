package dev.s3403.diagnostics.evidence.paste;

import static dev.s3403.diagnostics.evidence.paste.Pastes.KEY_ARN;
import static dev.s3403.diagnostics.evidence.paste.Pastes.json;
import static dev.s3403.diagnostics.evidence.paste.Pastes.kmsKey;
import static dev.s3403.diagnostics.evidence.paste.Pastes.merged;
import static dev.s3403.diagnostics.evidence.paste.Pastes.recognized;
import static dev.s3403.diagnostics.evidence.paste.Pastes.sample;
import static dev.s3403.diagnostics.evidence.paste.Pastes.why;
import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import org.junit.jupiter.api.Test;

class KmsOutputsTest {

  @Test
  void should_put_the_decoded_key_policy_on_the_key_named_in_the_command_line() {
    // GIVEN get-key-policy with the key ARN in its command line
    // WHEN it is recognized
    var bundle = merged(recognized(sample("get-key-policy.json.txt"), Context.none()));

    // THEN the key's policy is the decoded document, and its account is the ARN's
    then(json(bundle, "/kmsKeys/" + KEY_ARN.replace("/", "~1") + "/policy/Statement/0/Action")).isEqualTo("\"kms:*\"");
    then(kmsKey(bundle, KEY_ARN).account()).isEqualTo(Fact.known("444455556666"));
    then(kmsKey(bundle, KEY_ARN).state().isUnknown()).isTrue();
  }

  @Test
  void should_tell_a_key_policy_from_a_bucket_policy_by_its_policy_name_when_pasted_alone() {
    // GIVEN get-key-policy's output alone, in a conversation that knows both a bucket and a key
    String output = sample("get-key-policy.json.txt").lines().skip(1).reduce("", (a, b) -> a + b + "\n");

    // WHEN it is recognized
    var recognized = recognized(output, Context.none().withBucket("acme-reports").withKmsKey(KEY_ARN));

    // THEN it is the key's policy, not the bucket's
    then(recognized.command()).isEqualTo("aws kms get-key-policy");
    then(merged(recognized).buckets().isUnknown()).isTrue();
  }

  @Test
  void should_find_the_key_by_alias_when_the_bundle_knows_the_alias() {
    // GIVEN a bundle that knows the key and its alias, and get-key-policy run with the alias
    var known = dev.s3403.diagnostics.evidence.EvidenceReader.read("""
        {"format": "s3-403/evidence@1", "kmsKeys": {"%s": {"aliases": ["alias/reports"]}}}""".formatted(KEY_ARN)).bundle();
    String paste = sample("get-key-policy.json.txt").replace("--key-id " + KEY_ARN, "--key-id alias/reports");

    // WHEN it is recognized
    var bundle = merged(recognized(paste, Context.none().withKnown(known)));

    // THEN the policy is on the key the alias names
    then(kmsKey(bundle, KEY_ARN).policy().isKnown()).isTrue();
  }

  @Test
  void should_ask_for_describe_key_when_the_key_id_cannot_be_turned_into_an_arn() {
    // GIVEN get-key-policy run with an alias nobody knows
    String paste = sample("get-key-policy.json.txt").replace("--key-id " + KEY_ARN, "--key-id alias/unknown");

    // WHEN it is recognized
    // THEN the user is told how to learn the key's ARN
    then(why(paste, Context.none())).isEqualTo("a key policy of `alias/unknown`, but that is not a key ARN and no known key "
        + "has it: paste `aws kms describe-key --key-id alias/unknown` first");
  }

  @Test
  void should_record_account_manager_and_state_when_describe_key_is_pasted() {
    // GIVEN describe-key of a disabled customer managed key
    // WHEN it is recognized
    var key = kmsKey(merged(recognized(sample("describe-key.json.txt"), Context.none())), KEY_ARN);

    // THEN the key's account, manager and state are known; its policy is not
    then(key.account()).isEqualTo(Fact.known("444455556666"));
    then(key.manager()).isEqualTo(Fact.known(KmsKeyInfo.Manager.CUSTOMER));
    then(key.state()).isEqualTo(Fact.known(KmsKeyInfo.State.DISABLED));
    then(key.policy().isUnknown()).isTrue();
    then(key.aliases().isUnknown()).isTrue();
  }

  @Test
  void should_mark_the_key_policy_unavailable_when_access_is_denied() {
    // GIVEN an AccessDeniedException on GetKeyPolicy for the conversation's key
    String paste = "An error occurred (AccessDeniedException) when calling the GetKeyPolicy operation: User: "
        + "arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: kms:GetKeyPolicy";

    // WHEN it is recognized
    var bundle = merged(recognized(paste, Context.none().withKmsKey(KEY_ARN)));

    // THEN the key policy could not be read
    then(bundle.unavailable().asOptional().orElseThrow()).singleElement()
        .satisfies(u -> then(u.reason()).isEqualTo("AccessDeniedException on kms:GetKeyPolicy"));
  }
}
