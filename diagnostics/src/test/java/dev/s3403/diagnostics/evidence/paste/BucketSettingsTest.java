package dev.s3403.diagnostics.evidence.paste;

import static dev.s3403.diagnostics.evidence.paste.Pastes.BUCKET;
import static dev.s3403.diagnostics.evidence.paste.Pastes.bucket;
import static dev.s3403.diagnostics.evidence.paste.Pastes.merged;
import static dev.s3403.diagnostics.evidence.paste.Pastes.recognized;
import static dev.s3403.diagnostics.evidence.paste.Pastes.sample;
import static dev.s3403.diagnostics.evidence.paste.Pastes.why;
import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.BlockPublicAccess;
import dev.s3403.diagnostics.evidence.BucketInfo.ObjectOwnership;
import dev.s3403.diagnostics.evidence.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BucketSettingsTest {
  private static final BlockPublicAccess ALL_BUT_RESTRICT = new BlockPublicAccess(
      Fact.known(true), Fact.known(true), Fact.known(true), Fact.known(false));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"get-public-access-block.json.txt", "get-public-access-block.text.txt",
      "get-public-access-block.table.txt"})
  void should_set_the_bucket_block_public_access_flags_when_get_public_access_block_is_pasted(String sample) {
    // GIVEN the bucket's Block Public Access in one of its forms, three flags on and RestrictPublicBuckets off
    // WHEN it is recognized and merged
    var bundle = merged(recognized(sample(sample), Context.none()));

    // THEN each flag is known, on the bucket and not on the account
    then(bucket(bundle, BUCKET).blockPublicAccess()).isEqualTo(Fact.known(ALL_BUT_RESTRICT));
    then(bundle.accounts().isUnknown()).isTrue();
  }

  @Test
  void should_set_the_account_flags_when_s3control_get_public_access_block_is_pasted() {
    // GIVEN the account's Block Public Access, from s3control
    // WHEN it is recognized
    var bundle = merged(recognized(sample("s3control-get-public-access-block.json.txt"), Context.none()));

    // THEN the account named by --account-id has all four flags on
    then(bundle.accounts().asOptional().orElseThrow().get("444455556666").blockPublicAccess())
        .isEqualTo(Fact.known(BlockPublicAccess.all(true)));
    then(bundle.buckets().isUnknown()).isTrue();
  }

  @Test
  void should_ask_whose_settings_they_are_when_block_public_access_comes_without_a_command_line() {
    // GIVEN the JSON alone, which the bucket's and the account's commands both print
    String output = sample("get-public-access-block.json.txt").lines().skip(1).reduce("", (a, b) -> a + b + "\n");

    // WHEN it is recognized, even with a bucket in the conversation
    // THEN the user is asked for the command line
    then(why(output, Context.none().withBucket(BUCKET)))
        .isEqualTo("Block Public Access settings, but of a bucket or of the account? paste the command line too");
  }

  @Test
  void should_know_the_account_sets_nothing_when_the_account_has_no_public_access_block() {
    // GIVEN the error for an account without Block Public Access, the command asked for by the conversation
    var ctx = Context.none().withAsked("aws s3control get-public-access-block --account-id 444455556666");
    String paste = "An error occurred (NoSuchPublicAccessBlockConfiguration) when calling the GetPublicAccessBlock "
        + "operation: The public access block configuration was not found";

    // WHEN it is recognized
    var bundle = merged(recognized(paste, ctx));

    // THEN the account's Block Public Access is known to be absent
    then(bundle.accounts().asOptional().orElseThrow().get("444455556666").blockPublicAccess().isMissing()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"get-bucket-ownership-controls.json.txt, BUCKET_OWNER_ENFORCED",
      "get-bucket-ownership-controls.text.txt, OBJECT_WRITER",
      "get-bucket-ownership-controls.table.txt, BUCKET_OWNER_PREFERRED"})
  void should_set_object_ownership_when_get_bucket_ownership_controls_is_pasted(String sample, ObjectOwnership expected) {
    // GIVEN the ownership controls in one of their forms
    // WHEN they are recognized
    var bundle = merged(recognized(sample(sample), Context.none()));

    // THEN the bucket's Object Ownership is the rule's
    then(bucket(bundle, BUCKET).objectOwnership()).isEqualTo(Fact.known(expected));
  }

  @Test
  void should_know_there_is_no_ownership_setting_when_ownership_controls_are_not_found() {
    // GIVEN the error of a bucket without ownership controls
    String paste = """
        $ aws s3api get-bucket-ownership-controls --bucket acme-reports
        An error occurred (OwnershipControlsNotFoundError) when calling the GetBucketOwnershipControls operation: The bucket ownership controls were not found
        """;

    // WHEN it is recognized
    var recognized = recognized(paste, Context.none());

    // THEN the setting is known to be absent, and the note says what S3 does then
    then(bucket(merged(recognized), BUCKET).objectOwnership().isMissing()).isTrue();
    then(recognized.notes()).containsExactly(
        "the bucket has no Object Ownership setting, so S3 applies ACLs as with ObjectWriter");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"get-bucket-request-payment.json.txt, true", "get-bucket-request-payment.text.txt, false",
      "get-bucket-request-payment.table.txt, true"})
  void should_set_requester_pays_when_get_bucket_request_payment_is_pasted(String sample, boolean requesterPays) {
    // GIVEN the payer in one of its forms
    // WHEN it is recognized
    var bundle = merged(recognized(sample(sample), Context.none()));

    // THEN the bucket is Requester Pays exactly when the payer is the requester
    then(bucket(bundle, BUCKET).requesterPays()).isEqualTo(Fact.known(requesterPays));
  }

  @Test
  void should_set_default_encryption_with_key_bucket_key_and_blocked_types_when_get_bucket_encryption_is_pasted() {
    // GIVEN SSE-KMS default encryption with a Bucket Key, and SSE-C blocked
    // WHEN it is recognized
    var encryption = bucket(merged(recognized(sample("get-bucket-encryption.json.txt"), Context.none())), BUCKET)
        .encryption().asOptional().orElseThrow();

    // THEN every part is known
    then(encryption.algorithm()).isEqualTo(Fact.known("aws:kms"));
    then(encryption.kmsKeyArn()).isEqualTo(Fact.known(Pastes.KEY_ARN));
    then(encryption.bucketKeyEnabled()).isEqualTo(Fact.known(true));
    then(encryption.blockedEncryptionTypes()).isEqualTo(Fact.known(List.of("SSE-C")));
  }

  @Test
  void should_leave_the_key_unknown_and_say_why_when_the_default_key_is_an_alias() {
    // GIVEN default encryption naming its key by alias, and no blocked types printed (an older CLI)
    String paste = """
        $ aws s3api get-bucket-encryption --bucket acme-reports
        {"ServerSideEncryptionConfiguration": {"Rules": [{"ApplyServerSideEncryptionByDefault":
          {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "alias/reports"}, "BucketKeyEnabled": false}]}}
        """;

    // WHEN it is recognized
    var recognized = recognized(paste, Context.none());
    var encryption = bucket(merged(recognized), BUCKET).encryption().asOptional().orElseThrow();

    // THEN the key and the blocked types stay unknown, and a note says how to learn the key
    then(encryption.kmsKeyArn().isUnknown()).isTrue();
    then(encryption.blockedEncryptionTypes().isUnknown()).isTrue();
    then(recognized.notes()).containsExactly(
        "`KMSMasterKeyID` `alias/reports` is not a key ARN; run `aws kms describe-key --key-id alias/reports` for it");
  }

  @Test
  void should_know_there_is_no_default_encryption_when_the_configuration_is_not_found() {
    // GIVEN the not-found error, the bucket from the conversation
    String paste = "An error occurred (ServerSideEncryptionConfigurationNotFoundError) when calling the "
        + "GetBucketEncryption operation: The server side encryption configuration was not found";

    // WHEN it is recognized
    var bundle = merged(recognized(paste, Context.none().withBucket(BUCKET)));

    // THEN the encryption is known to be absent
    then(bucket(bundle, BUCKET).encryption().isMissing()).isTrue();
  }
}
