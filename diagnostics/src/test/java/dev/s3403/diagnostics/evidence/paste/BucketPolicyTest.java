package dev.s3403.diagnostics.evidence.paste;

import static dev.s3403.diagnostics.evidence.paste.Pastes.BUCKET;
import static dev.s3403.diagnostics.evidence.paste.Pastes.bucket;
import static dev.s3403.diagnostics.evidence.paste.Pastes.json;
import static dev.s3403.diagnostics.evidence.paste.Pastes.merged;
import static dev.s3403.diagnostics.evidence.paste.Pastes.recognized;
import static dev.s3403.diagnostics.evidence.paste.Pastes.sample;
import static dev.s3403.diagnostics.evidence.paste.Pastes.why;
import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.Unavailable;
import org.junit.jupiter.api.Test;

class BucketPolicyTest {
  private static final String OUTPUT_ONLY = sample("get-bucket-policy.json.txt").lines().skip(1)
      .reduce("", (a, b) -> a + b + "\n");

  @Test
  void should_put_the_decoded_policy_on_the_bucket_named_in_the_command_line() {
    // GIVEN get-bucket-policy with its command line, the policy a JSON string as the CLI prints it
    // WHEN it is recognized, in a conversation about another bucket
    var recognized = recognized(sample("get-bucket-policy.json.txt"), Context.none().withBucket("other"));
    var bundle = merged(recognized);

    // THEN the command line wins, and the bucket's policy is the decoded document, nothing else known
    then(bundle.buckets().asOptional().orElseThrow()).containsOnlyKeys(BUCKET);
    then(json(bundle, "/buckets/acme-reports/policy/Statement/1/Sid")).isEqualTo("\"AppRead\"");
    then(json(bundle, "/buckets/acme-reports/policy/Statement/0/Condition")).isEqualTo(
        "{\"Bool\":{\"aws:SecureTransport\":\"false\"}}");
    then(bucket(bundle, BUCKET).blockPublicAccess().isUnknown()).isTrue();
    then(recognized.notes()).isEmpty();
  }

  @Test
  void should_take_the_bucket_from_the_conversation_when_only_the_output_is_pasted() {
    // GIVEN the output alone, in a conversation about acme-reports
    // WHEN it is recognized
    var recognized = recognized(OUTPUT_ONLY, Context.none().withBucket(BUCKET));

    // THEN the policy is acme-reports', and a note says where the bucket name came from
    then(bucket(merged(recognized), BUCKET).policy().isKnown()).isTrue();
    then(recognized.notes()).containsExactly("bucket `acme-reports` taken from the conversation: the output does not name it");
  }

  @Test
  void should_ask_which_bucket_when_neither_command_line_nor_conversation_says() {
    // GIVEN the output alone, and a conversation that names no bucket
    // WHEN it is recognized
    String why = why(OUTPUT_ONLY, Context.none());

    // THEN the user is asked for the command line
    then(why).isEqualTo("a bucket policy, but for which bucket? paste the command line too");
  }

  @Test
  void should_take_the_bucket_from_the_question_when_the_conversation_asked_for_the_command() {
    // GIVEN the conversation asked for one bucket's policy, and another bucket is the request's
    var ctx = Context.none().withBucket("other").withAsked("aws s3api get-bucket-policy --bucket acme-reports");

    // WHEN the output alone is pasted
    var recognized = recognized(OUTPUT_ONLY, ctx);

    // THEN it is the answer to the question
    then(merged(recognized).buckets().asOptional().orElseThrow()).containsOnlyKeys(BUCKET);
    then(recognized.notes()).containsExactly(
        "read as the output of `aws s3api get-bucket-policy`, which the conversation asked for");
  }

  @Test
  void should_know_the_bucket_has_no_policy_when_the_cli_says_no_such_bucket_policy() {
    // GIVEN the NoSuchBucketPolicy error
    // WHEN it is recognized
    var bundle = merged(recognized(sample("get-bucket-policy.no-such-policy.txt"), Context.none()));

    // THEN the policy is known not to exist (null), not unknown
    then(bucket(bundle, BUCKET).policy().isMissing()).isTrue();
    then(json(bundle, "/buckets/acme-reports")).isEqualTo("{\"policy\":null}");
  }

  @Test
  void should_mark_the_policy_unavailable_when_the_caller_may_not_read_it() {
    // GIVEN an AccessDenied on GetBucketPolicy, the bucket known from the conversation
    String paste = "An error occurred (AccessDenied) when calling the GetBucketPolicy operation: Access Denied";

    // WHEN it is recognized
    var bundle = merged(recognized(paste, Context.none().withBucket(BUCKET)));

    // THEN the policy stays unknown, and the bundle says why
    then(bundle.buckets().isUnknown()).isTrue();
    then(bundle.unavailable().asOptional().orElseThrow())
        .containsExactly(new Unavailable("/buckets/acme-reports/policy", "AccessDenied on s3:GetBucketPolicy"));
  }

  @Test
  void should_read_the_bare_document_when_the_command_line_queried_the_policy() {
    // GIVEN `--query Policy --output text`, which prints the document itself
    String paste = """
        $ aws s3api get-bucket-policy --bucket acme-reports --query Policy --output text
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::acme-reports/*"}]}
        """;

    // WHEN it is recognized
    var bundle = merged(recognized(paste, Context.none()));

    // THEN it is the bucket's policy
    then(json(bundle, "/buckets/acme-reports/policy/Statement/0/Principal")).isEqualTo("\"*\"");
  }

  @Test
  void should_say_what_is_wrong_when_the_policy_string_is_damaged() {
    // GIVEN a Policy string that is not JSON
    String paste = "$ aws s3api get-bucket-policy --bucket b\n{\"Policy\": \"{\\\"Version\\\": \"}";

    // WHEN it is recognized
    // THEN the reason names the damage
    then(why(paste, Context.none())).isEqualTo("a bucket policy that cannot be read: the policy string is not valid JSON");
  }
}
