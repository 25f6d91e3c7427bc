package dev.s3403.bot.cli;

import static dev.s3403.bot.cli.CliRun.memberNames;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code s3-403 parse TEXT|-}: where the text comes from, what comes out, and what is refused (spec/cli.md). */
class CliTest {

  @Test
  void should_print_the_parse_json_when_text_is_an_argument() {
    // GIVEN
    String stdin = Pastes.NO_SUCH_KEY;
    // WHEN
    CliRun run = CliRun.withStdin(stdin, "parse", Pastes.EXPLICIT_DENY);
    // THEN
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    JsonNode json = run.json();
    then(json.get("isAccessDenied").booleanValue()).isTrue();
    then(json.get("operation").textValue()).isEqualTo("GetObject");
    then(json.get("errorCode").textValue()).isEqualTo("AccessDenied");
    then(json.get("bucket").textValue()).isEqualTo("amzn-s3-demo-bucket");
    then(json.get("key").textValue()).isEqualTo("path/to/object.txt");
    then(json.get("principalArn").textValue()).isEqualTo("arn:aws:sts::111122223333:assumed-role/app/i-0abc");
    then(json.get("action").textValue()).isEqualTo("s3:GetObject");
    then(json.get("resourceArn").textValue()).isEqualTo("arn:aws:s3:::amzn-s3-demo-bucket/path/to/object.txt");
    then(json.get("denyType").textValue()).isEqualTo("explicit");
    then(json.get("policyType").textValue()).isEqualTo("resource-based policy");
    then(json.get("httpStatus").isNull()).isTrue();
  }

  @Test
  void should_write_every_spec_member_in_spec_order_when_printing_json() {
    // WHEN
    JsonNode json = CliRun.run("parse", Pastes.EXPLICIT_DENY).json();
    // THEN
    then(memberNames(json)).containsSubsequence(Pastes.SPEC_MEMBERS).startsWith("isAccessDenied");
    then(json.get("requiredActions").isArray()).isTrue();
    then(json.get("requiredActions").get(0).toString())
        .isEqualTo("{\"action\":\"s3:GetObject\",\"resource\":\"arn:aws:s3:::amzn-s3-demo-bucket/path/to/object.txt\",\"when\":\"always\"}");
    then(json.get("warnings").isArray()).isTrue();
    then(json.get("warnings")).isEmpty();
  }

  @Test
  void should_read_standard_input_when_no_text_is_given() {
    // WHEN
    CliRun run = CliRun.withStdin(Pastes.BARE_DENIAL + "\n", "parse");
    // THEN
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    then(run.json().get("operation").textValue()).isEqualTo("ListObjectsV2");
    then(run.json().get("message").textValue()).isEqualTo("Access Denied");
  }

  @Test
  void should_read_standard_input_when_text_is_a_dash() {
    // WHEN
    CliRun run = CliRun.withStdin(Pastes.BARE_DENIAL + "\n", "parse", "-");
    // THEN
    then(run.status()).isZero();
    then(run.json().get("operation").textValue()).isEqualTo("ListObjectsV2");
  }

  @Test
  void should_join_unquoted_words_when_text_spans_several_arguments() {
    // GIVEN
    String[] words = ("parse " + Pastes.BARE_DENIAL).split(" ");
    // WHEN
    CliRun run = CliRun.withStdin(Pastes.NO_SUCH_KEY, words);
    // THEN
    then(run.status()).isZero();
    then(run.json().get("errorCode").textValue()).isEqualTo("AccessDenied");
    then(run.json().get("operation").textValue()).isEqualTo("ListObjectsV2");
    then(run.json().get("message").textValue()).isEqualTo("Access Denied");
  }

  @Test
  void should_succeed_with_is_access_denied_false_when_text_is_not_a_denial() {
    // WHEN
    CliRun run = CliRun.run("parse", Pastes.NO_SUCH_KEY);
    // THEN
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    then(run.json().get("isAccessDenied").booleanValue()).isFalse();
    then(run.json().get("errorCode").textValue()).isEqualTo("NoSuchKey");
  }

  @Test
  void should_parse_what_is_left_when_standard_input_is_not_utf8() {
    // GIVEN
    byte[] stdin = ("download failed: s3://quartz-hr-exports/r\u0001sum\u0002(.pdf to ./x An error occurred (AccessDenied) "
        + "when calling the GetObject operation: Access Denied")
        .getBytes(StandardCharsets.UTF_8);
    stdin[indexOf(stdin, (byte) 1)] = (byte) 0xFF;   // never valid in UTF-8
    stdin[indexOf(stdin, (byte) 2)] = (byte) 0xC3;   // a lead byte followed by `(`, not a continuation byte
    // WHEN
    CliRun run = CliRun.run(false, stdin, "parse");
    // THEN
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    then(run.json().get("errorCode").textValue()).isEqualTo("AccessDenied");
    then(run.json().get("key").textValue()).isEqualTo("r\uFFFDsum\uFFFD(.pdf");
  }

  @Test
  void should_warn_oversize_and_still_find_the_denial_when_standard_input_is_2_mib() {
    // GIVEN
    String log = "log line without an error\n".repeat(2 * 1024 * 1024 / 26) + Pastes.BARE_DENIAL + "\n";
    // WHEN
    CliRun run = CliRun.withStdin(log, "parse");
    // THEN
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    then(run.json().get("isAccessDenied").booleanValue()).isTrue();
    then(run.json().get("warnings")).anySatisfy(w -> then(w.textValue()).startsWith("oversize:"));
  }

  @Test
  void should_print_usage_on_standard_output_when_asked_for_help() {
    // WHEN
    CliRun run = CliRun.run("--help");
    // THEN
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    then(run.out()).startsWith("usage: s3-403 <command>").contains("parse [TEXT|-]");
  }

  @Test
  void should_print_usage_on_standard_error_and_exit_2_when_no_command_is_given() {
    // WHEN
    CliRun run = CliRun.run();
    // THEN
    then(run.status()).isEqualTo(2);
    then(run.out()).isEmpty();
    then(run.err()).startsWith("usage: s3-403 <command>");
  }

  @Test
  void should_exit_2_with_one_line_when_command_is_unknown() {
    // WHEN
    CliRun run = CliRun.run("frobnicate", Pastes.BARE_DENIAL);
    // THEN
    run.thenRefusedWith("unknown command `frobnicate`");
  }

  @Test
  void should_exit_2_with_one_line_when_option_is_unknown() {
    // WHEN
    CliRun run = CliRun.run("parse", "--colour", Pastes.BARE_DENIAL);
    // THEN
    run.thenRefusedWith("unknown option `--colour`");
  }

  @Test
  void should_exit_2_with_one_line_when_option_value_is_missing() {
    // WHEN
    CliRun run = CliRun.withStdin(Pastes.BARE_DENIAL, "parse", "--format");
    // THEN
    run.thenRefusedWith("--format needs a value");
  }

  @Test
  void should_exit_2_with_one_line_when_text_and_batch_are_both_given() {
    // WHEN
    CliRun run = CliRun.withStdin("{\"id\": 1, \"text\": \"x\"}\n", "parse", "--batch", "-", Pastes.BARE_DENIAL);
    // THEN
    run.thenRefusedWith("not both");
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) return i;
    }
    throw new IllegalArgumentException("no byte " + b);
  }
}
