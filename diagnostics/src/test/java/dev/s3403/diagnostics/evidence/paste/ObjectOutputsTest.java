package dev.s3403.diagnostics.evidence.paste;

import static dev.s3403.diagnostics.evidence.paste.Pastes.BUCKET;
import static dev.s3403.diagnostics.evidence.paste.Pastes.KEY;
import static dev.s3403.diagnostics.evidence.paste.Pastes.KEY_ARN;
import static dev.s3403.diagnostics.evidence.paste.Pastes.bucket;
import static dev.s3403.diagnostics.evidence.paste.Pastes.merged;
import static dev.s3403.diagnostics.evidence.paste.Pastes.object;
import static dev.s3403.diagnostics.evidence.paste.Pastes.recognized;
import static dev.s3403.diagnostics.evidence.paste.Pastes.sample;
import static dev.s3403.diagnostics.evidence.paste.Pastes.why;
import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.Acl;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.Grant;
import dev.s3403.diagnostics.evidence.Grantee;
import dev.s3403.diagnostics.evidence.JsonValue;
import dev.s3403.diagnostics.evidence.Unavailable;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectOutputsTest {
  private static final String OWNER = "852b113e7a2f25102679df27bb0ae12b3f85be6f290b936c4393484be31bebcc";

  @Test
  void should_record_encryption_storage_restore_and_lock_state_when_head_object_is_pasted() {
    // GIVEN head-object of a restored GLACIER object under SSE-KMS, with governance retention and no legal hold
    // WHEN it is recognized and merged
    var object = object(merged(recognized(sample("head-object.json.txt"), Context.none())), BUCKET, KEY);

    // THEN each member the output shows is known
    then(object.exists()).isEqualTo(Fact.known(true));
    var encryption = object.encryption().asOptional().orElseThrow();
    then(encryption.algorithm()).isEqualTo(Fact.known("aws:kms"));
    then(encryption.kmsKeyArn()).isEqualTo(Fact.known(KEY_ARN));
    then(encryption.bucketKeyEnabled()).isEqualTo(Fact.known(true));
    then(object.storageClass()).isEqualTo(Fact.known("GLACIER"));
    then(object.restored()).isEqualTo(Fact.known(new JsonValue(JsonNodeFactory.instance.textNode(
        "ongoing-request=\"false\", expiry-date=\"Fri, 27 Nov 2026 00:00:00 GMT\""))));
    then(object.legalHold()).isEqualTo(Fact.known(false));
    then(object.retainUntil()).isEqualTo(Fact.known(Instant.parse("2027-01-01T00:00:00Z")));
    then(object.ownerAccount().isUnknown()).isTrue();
    then(object.acl().isUnknown()).isTrue();
  }

  @Test
  void should_know_standard_and_not_restored_but_not_the_lock_when_head_object_leaves_headers_out() {
    // GIVEN a STANDARD object: S3 prints no StorageClass, no Restore and, without the permissions, no lock headers
    String paste = """
        $ aws s3api head-object --bucket acme-reports --key 2024/q1.csv
        {"AcceptRanges": "bytes", "LastModified": "2026-11-20T08:15:02+00:00", "ContentLength": 12,
         "ETag": "\\"e1\\"", "ServerSideEncryption": "AES256", "Metadata": {}}
        """;

    // WHEN it is recognized
    var object = object(merged(recognized(paste, Context.none())), BUCKET, KEY);

    // THEN storage class and restore are known from their absence; legal hold and retention stay unknown
    then(object.storageClass()).isEqualTo(Fact.known("STANDARD"));
    then(object.restored().isMissing()).isTrue();
    then(object.legalHold().isUnknown()).isTrue();
    then(object.retainUntil().isUnknown()).isTrue();
    then(object.encryption().asOptional().orElseThrow().kmsKeyArn().isUnknown()).isTrue();
  }

  @Test
  void should_count_a_running_restore_as_not_restored_and_say_so() {
    // GIVEN an archived object whose restore has not finished
    String paste = """
        $ aws s3api head-object --bucket acme-reports --key 2024/q1.csv
        {"ContentLength": 12, "ETag": "\\"e1\\"", "StorageClass": "DEEP_ARCHIVE", "Restore": "ongoing-request=\\"true\\""}
        """;

    // WHEN it is recognized
    var recognized = recognized(paste, Context.none());

    // THEN there is no restored copy yet
    then(object(merged(recognized), BUCKET, KEY).restored().isMissing()).isTrue();
    then(recognized.notes()).contains("a restore of the object is still in progress");
  }

  @Test
  void should_know_the_object_does_not_exist_when_head_object_says_404() {
    // GIVEN head-object's 404
    // WHEN it is recognized
    var recognized = recognized(sample("head-object.not-found.txt"), Context.none());

    // THEN the object named in the command line is known not to exist
    then(object(merged(recognized), BUCKET, "2024/q9.csv").exists()).isEqualTo(Fact.known(false));
  }

  @Test
  void should_mark_the_object_unavailable_when_head_object_says_403() {
    // GIVEN head-object's 403, bucket and key from the conversation
    String paste = "An error occurred (403) when calling the HeadObject operation: Forbidden";

    // WHEN it is recognized
    var recognized = recognized(paste, Context.none().withBucket(BUCKET).withKey(KEY));

    // THEN the object could not be read, and both subjects were taken from the conversation
    then(merged(recognized).unavailable().asOptional().orElseThrow())
        .containsExactly(new Unavailable("/buckets/acme-reports/objects/2024~1q1.csv", "403 on s3:GetObject"));
    then(recognized.notes()).contains("bucket `acme-reports` taken from the conversation: the output does not name it",
        "object key `2024/q1.csv` taken from the conversation: the output does not name it");
  }

  @Test
  void should_ask_which_object_when_head_object_comes_without_a_key() {
    // GIVEN head-object output alone, the conversation knowing only the bucket
    String output = sample("head-object.json.txt").lines().skip(1).reduce("", (a, b) -> a + b + "\n");

    // WHEN it is recognized
    // THEN the user is asked for the command line
    then(why(output, Context.none().withBucket(BUCKET)))
        .isEqualTo("the metadata of an object, but which key? paste the command line too");
  }

  @Test
  void should_set_the_object_acl_with_user_and_group_grants_when_get_object_acl_is_pasted() {
    // GIVEN an object ACL with a canonical user and the AllUsers group
    // WHEN it is recognized
    var object = object(merged(recognized(sample("get-object-acl.json.txt"), Context.none())), BUCKET, KEY);

    // THEN owner and grants are known, grantees by canonical id or by group URI
    then(object.acl()).isEqualTo(Fact.known(new Acl(Fact.known(OWNER), Fact.known(List.of(
        new Grant(Fact.known(new Grantee(Fact.known(Grantee.Type.CANONICAL_USER), Fact.known(OWNER), Fact.unknown())),
            Fact.known(Grant.Permission.FULL_CONTROL)),
        new Grant(Fact.known(new Grantee(Fact.known(Grantee.Type.GROUP), Fact.unknown(),
            Fact.known("http://acs.amazonaws.com/groups/global/AllUsers"))), Fact.known(Grant.Permission.READ)))))));
  }

  @Test
  void should_set_the_bucket_acl_when_the_command_line_says_get_bucket_acl() {
    // GIVEN the same shape, printed by get-bucket-acl
    String paste = sample("get-object-acl.json.txt")
        .replace("get-object-acl --bucket acme-reports --key 2024/q1.csv", "get-bucket-acl --bucket acme-reports");

    // WHEN it is recognized
    var bundle = merged(recognized(paste, Context.none()));

    // THEN it is the bucket's ACL, and no object is involved
    then(bucket(bundle, BUCKET).acl().asOptional().orElseThrow().owner()).isEqualTo(Fact.known(OWNER));
    then(bucket(bundle, BUCKET).objects().isUnknown()).isTrue();
  }

  @Test
  void should_ask_whose_acl_it_is_when_an_acl_comes_without_a_command_line() {
    // GIVEN an ACL alone
    String output = sample("get-object-acl.json.txt").lines().skip(1).reduce("", (a, b) -> a + b + "\n");

    // WHEN it is recognized
    // THEN the user is asked for the command line
    then(why(output, Context.none().withBucket(BUCKET).withKey(KEY)))
        .isEqualTo("an ACL, but of the bucket or of an object? paste the command line too");
  }
}
