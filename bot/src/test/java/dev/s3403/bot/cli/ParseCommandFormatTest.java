package dev.s3403.bot.cli;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code parse --format json|text|markdown}, and the default: text on a terminal, JSON otherwise (spec/cli.md). */
class ParseCommandFormatTest {
  private static final String HEADLINE = "access denied: s3:GetObject on "
      + "arn:aws:s3:::amzn-s3-demo-bucket/path/to/object.txt (explicit deny in a resource-based policy)";

  @Test
  void should_print_json_when_format_is_json() {
    // WHEN
    CliRun run = CliRun.run(true, new byte[0], "parse", "--format", "json", Pastes.EXPLICIT_DENY);
    // THEN
    then(run.status()).isZero();
    then(run.json().get("bucket").textValue()).isEqualTo("amzn-s3-demo-bucket");
  }

  @Test
  void should_print_json_when_format_is_given_with_an_equals_sign() {
    // WHEN
    CliRun run = CliRun.run(true, new byte[0], "parse", "--format=json", Pastes.EXPLICIT_DENY);
    // THEN
    then(run.status()).isZero();
    then(run.json().get("bucket").textValue()).isEqualTo("amzn-s3-demo-bucket");
  }

  @Test
  void should_print_headline_and_fields_when_format_is_text() {
    // WHEN
    CliRun run = CliRun.run("parse", "--format", "text", Pastes.EXPLICIT_DENY);
    // THEN
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    then(run.out()).startsWith(HEADLINE + "\n\n")
        .containsPattern("(?m)^ +bucket +amzn-s3-demo-bucket$")
        .containsPattern("(?m)^ +key +path/to/object\\.txt$")
        .containsPattern("(?m)^ +principal +arn:aws:sts::111122223333:assumed-role/app/i-0abc$")
        .contains("the operation needs:")
        .containsPattern("(?m)^ +s3:GetObject on arn:aws:s3:::amzn-s3-demo-bucket/path/to/object\\.txt$")
        .doesNotContain("{");
  }

  @Test
  void should_print_a_table_when_format_is_markdown() {
    // WHEN
    CliRun run = CliRun.run("parse", "--format", "markdown", Pastes.EXPLICIT_DENY);
    // THEN
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    then(run.out()).startsWith("**" + HEADLINE + "**\n\n| field | value |\n| --- | --- |\n")
        .contains("| bucket | `amzn-s3-demo-bucket` |\n")
        .contains("| deny | `explicit` |\n")
        .contains("- `s3:GetObject on arn:aws:s3:::amzn-s3-demo-bucket/path/to/object.txt`\n");
  }

  @Test
  void should_say_what_it_found_when_text_format_is_given_a_non_denial() {
    // WHEN
    CliRun run = CliRun.run("parse", "--format", "text", Pastes.NO_SUCH_KEY);
    // THEN
    then(run.status()).isZero();
    then(run.out()).startsWith("not an access denial: NoSuchKey\n");
  }

  @Test
  void should_default_to_json_when_standard_output_is_not_a_terminal() {
    // WHEN
    CliRun run = CliRun.run(false, new byte[0], "parse", Pastes.EXPLICIT_DENY);
    // THEN
    then(run.status()).isZero();
    then(run.json().get("isAccessDenied").booleanValue()).isTrue();
  }

  @Test
  void should_default_to_text_when_standard_output_is_a_terminal() {
    // WHEN
    CliRun run = CliRun.run(true, new byte[0], "parse", Pastes.EXPLICIT_DENY);
    // THEN
    then(run.status()).isZero();
    then(run.out()).startsWith(HEADLINE + "\n");
  }

  @Test
  void should_read_standard_input_when_terminal_and_no_text() {
    // WHEN
    CliRun run = CliRun.run(true, Pastes.BARE_DENIAL.getBytes(StandardCharsets.UTF_8), "parse", "-");
    // THEN
    then(run.status()).isZero();
    then(run.out()).startsWith("access denied: ListObjectsV2\n");
  }

  @Test
  void should_exit_2_with_one_line_when_format_is_unknown() {
    // WHEN
    CliRun run = CliRun.run("parse", "--format", "yaml", Pastes.BARE_DENIAL);
    // THEN
    run.thenRefusedWith("--format", "`yaml`");
  }
}
