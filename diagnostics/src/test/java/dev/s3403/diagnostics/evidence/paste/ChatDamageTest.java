package dev.s3403.diagnostics.evidence.paste;

import static dev.s3403.diagnostics.evidence.paste.Pastes.BUCKET;
import static dev.s3403.diagnostics.evidence.paste.Pastes.KEY;
import static dev.s3403.diagnostics.evidence.paste.Pastes.bucket;
import static dev.s3403.diagnostics.evidence.paste.Pastes.merged;
import static dev.s3403.diagnostics.evidence.paste.Pastes.object;
import static dev.s3403.diagnostics.evidence.paste.Pastes.recognized;
import static dev.s3403.diagnostics.evidence.paste.Pastes.sample;
import static dev.s3403.diagnostics.evidence.paste.Pastes.why;
import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.BlockPublicAccess;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.Unavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pastes as they arrive from Slack and terminals: fenced, prompted, escaped, curly-quoted, wrapped, chatty. */
class ChatDamageTest {

  @Test
  void should_read_a_fenced_paste_with_a_prompt_and_prose_around_it() {
    // GIVEN a Slack message: a sentence, a fenced block with a prompt, and thanks after it
    String paste = "here is what I get:\n```json\n" + sample("get-bucket-policy.json.txt") + "```\nthanks!";

    // WHEN it is recognized
    var recognized = recognized(paste, Context.none());

    // THEN the fence, prompt and prose are no obstacle
    then(bucket(merged(recognized), BUCKET).policy().isKnown()).isTrue();
    then(recognized.notes()).contains("code-fence: removed ``` fences");
  }

  @Test
  void should_decode_slack_html_escaping_and_straighten_smart_quotes() {
    // GIVEN JSON whose quotes Slack escaped, and a copy whose quotes an editor curled
    String escaped = "$ aws s3api get-bucket-request-payment --bucket acme-reports\n{&quot;Payer&quot;: &quot;Requester&quot;}";
    String curled = "$ aws s3api get-bucket-request-payment --bucket acme-reports\n{\u201cPayer\u201d: \u201cRequester\u201d}";

    // WHEN they are recognized
    // THEN both read as the JSON they were
    then(bucket(merged(recognized(escaped, Context.none())), BUCKET).requesterPays()).isEqualTo(Fact.known(true));
    var recognized = recognized(curled, Context.none());
    then(bucket(merged(recognized), BUCKET).requesterPays()).isEqualTo(Fact.known(true));
    then(recognized.notes()).contains("smart-quotes: straightened typographic quotes");
  }

  @Test
  void should_join_a_command_line_continued_over_several_lines() {
    // GIVEN head-object typed over three lines with backslashes
    String paste = sample("head-object.json.txt").replace("head-object --bucket acme-reports --key 2024/q1.csv",
        "head-object \\\n    --bucket acme-reports \\\n    --key 2024/q1.csv");

    // WHEN it is recognized
    // THEN bucket and key come from the joined command line
    then(object(merged(recognized(paste, Context.none())), BUCKET, KEY).exists()).isEqualTo(Fact.known(true));
  }

  @Test
  void should_read_a_powershell_prompt_and_a_cli_v2_retry_error() {
    // GIVEN a Windows prompt, and the retry suffix CLI v2 adds to errors
    String paste = "PS C:\\Users\\dev> aws s3api get-bucket-policy --bucket acme-reports --profile prod\n"
        + "An error occurred (AccessDenied) when calling the GetBucketPolicy operation (reached max retries: 2): Access Denied";

    // WHEN it is recognized
    // THEN the bucket policy is unavailable for the bucket named after the prompt
    then(merged(recognized(paste, Context.none())).unavailable().asOptional().orElseThrow())
        .containsExactly(new Unavailable("/buckets/acme-reports/policy", "AccessDenied on s3:GetBucketPolicy"));
  }

  @Test
  void should_merge_two_outputs_pasted_together() {
    // GIVEN two commands and their outputs in one message
    String paste = sample("get-bucket-policy.no-such-policy.txt") + "\n" + sample("get-public-access-block.json.txt");

    // WHEN it is recognized
    var recognized = recognized(paste, Context.none());

    // THEN both are read into one bundle
    then(recognized.command()).isEqualTo("aws s3api get-bucket-policy, aws s3api get-public-access-block");
    var bucket = bucket(merged(recognized), BUCKET);
    then(bucket.policy().isMissing()).isTrue();
    then(bucket.blockPublicAccess().asOptional().map(BlockPublicAccess::blockPublicAcls)).contains(Fact.known(true));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      $ aws s3api get-bucket-policy --bucket acme-reports\\n{"Policy": "{\\"Version\\"                  | the JSON stops before its end (half pasted?): paste the whole output
      $ aws s3api get-bucket-policy --bucket acme-reports\\n{"Policy" "x"}                              | not valid JSON at line 1, column 11: Unexpected character ('"' (code 34)): was expecting a colon to separate field name and value
      $ aws s3api get-bucket-policy --bucket acme-reports                                            | only the command line `aws s3api get-bucket-policy`: paste its output too
      $ aws s3api list-objects-v2 --bucket acme-reports\\n{"Contents": []}                            | s3-403 does not read the output of `aws s3api list-objects-v2`
      {"Contents": []}                                                                               | JSON, but not the output of a command s3-403 reads
      it still says access denied, any idea?                                                         | not the output of a command s3-403 reads
      $ aws s3api get-bucket-policy --bucket acme-reports --query Policy.Statement\\n[{"Effect": "Allow"}] | not the output of `aws s3api get-bucket-policy`: no `Policy` in it; `--query` changed the output: paste it without `--query`
      An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: expired          | `ExpiredToken` from GetCallerIdentity is not evidence s3-403 reads: the credentials themselves fail; paste it as the error to diagnose
      """)
  void should_give_a_one_line_reason_when_the_paste_cannot_be_read(String paste, String reason) {
    // GIVEN a paste that is damaged, incomplete, or not an output s3-403 reads
    // WHEN it is recognized
    String why = why(paste.replace("\\n", "\n"), Context.none().withBucket(BUCKET));

    // THEN the reason is the expected one line
    then(why).isEqualTo(reason).doesNotContain("\n");
  }

  @Test
  void should_ask_for_json_when_the_output_is_yaml() {
    // GIVEN `--output yaml`, which s3-403 does not read
    String paste = "$ aws s3api get-bucket-request-payment --bucket acme-reports --output yaml\nPayer: Requester\n";

    // WHEN it is recognized
    // THEN the user is asked to run it again as JSON
    then(why(paste, Context.none()))
        .isEqualTo("s3-403 reads JSON, text and table output: run it again with `--output json`");
  }

  @Test
  void should_say_the_paste_is_empty_when_it_is_blank_or_null() {
    // GIVEN nothing, or only a fence and a prompt
    // WHEN it is recognized
    // THEN the reason says so
    then(why(null, null)).isEqualTo("the paste is empty");
    then(why("```\n$\n```", Context.none())).isEqualTo("the paste is empty");
  }
}
