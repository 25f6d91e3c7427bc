package dev.s3403.bot.cli;

import static dev.s3403.bot.cli.CliRun.memberNames;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parse --batch FILE|-}: one JSON line in, one JSON line out, in order, carrying the id (spec/cli.md). */
class ParseCommandBatchTest {
  private static final List<String> IDS = List.of("1", "\"ticket-42\"", "{\"queue\":\"support\",\"n\":7}", "[1,\"a\"]",
      "3.5", "true", "null", "12345678901234567890");

  @TempDir
  Path dir;

  @Test
  void should_answer_each_line_in_order_with_its_id_when_batch_is_a_file() throws IOException {
    // GIVEN
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < IDS.size(); i++) {
      String text = i % 2 == 0 ? Pastes.EXPLICIT_DENY : Pastes.NO_SUCH_KEY;
      lines.append("{\"id\": %s, \"text\": %s}\n".formatted(IDS.get(i), CliRun.JSON.writeValueAsString(text)));
    }
    Path file = Files.writeString(dir.resolve("tickets.jsonl"), lines);
    // WHEN
    CliRun run = CliRun.run("parse", "--batch", file.toString());
    // THEN
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    List<JsonNode> answers = run.jsonLines();
    then(answers).hasSize(IDS.size());
    for (int i = 0; i < IDS.size(); i++) {
      then(answers.get(i).get("id")).as("id of line %d", i + 1).isEqualTo(CliRun.parse(IDS.get(i)));
      then(answers.get(i).get("isAccessDenied").booleanValue()).as("line %d", i + 1).isEqualTo(i % 2 == 0);
    }
  }

  @Test
  void should_put_id_first_then_the_parse_members_when_answering_a_line() {
    // GIVEN
    String stdin = "{\"text\": \"%s\", \"id\": \"t-1\"}\n".formatted(Pastes.BARE_DENIAL);
    // WHEN
    CliRun run = CliRun.withStdin(stdin, "parse", "--batch", "-");
    // THEN
    then(run.jsonLines()).singleElement().satisfies(answer -> {
      then(memberNames(answer)).startsWith("id").containsSubsequence(Pastes.SPEC_MEMBERS);
      then(answer.get("operation").textValue()).isEqualTo("ListObjectsV2");
    });
  }

  @Test
  void should_read_lines_from_standard_input_and_skip_blank_ones_when_batch_is_a_dash() {
    // GIVEN
    String stdin = "\n{\"id\": 1, \"text\": \"%s\"}\n   \n\r\n{\"id\": 2, \"text\": \"%s\"}\n\n"
        .formatted(Pastes.BARE_DENIAL, Pastes.NO_SUCH_KEY);
    // WHEN
    CliRun run = CliRun.withStdin(stdin, "parse", "--batch", "-");
    // THEN
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    then(run.jsonLines()).extracting(a -> a.get("id").intValue()).containsExactly(1, 2);
    then(run.jsonLines()).extracting(a -> a.get("errorCode").textValue()).containsExactly("AccessDenied", "NoSuchKey");
  }

  @Test
  void should_accept_the_file_after_an_equals_sign_when_batch_is_given_so() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("one.jsonl"), "{\"id\": 7, \"text\": \"%s\"}".formatted(Pastes.BARE_DENIAL));
    // WHEN
    CliRun run = CliRun.run("parse", "--batch=" + file);
    // THEN
    then(run.status()).isZero();
    then(run.jsonLines()).singleElement().satisfies(a -> then(a.get("id").intValue()).isEqualTo(7));
  }

  @Test
  void should_answer_with_an_error_and_go_on_when_a_line_is_not_json() {
    // GIVEN
    String stdin = "{\"id\": 1, \"text\": \"%s\"}\nthis is not json\n{\"id\": 3, \"text\": \"%s\"}\n"
        .formatted(Pastes.BARE_DENIAL, Pastes.BARE_DENIAL);
    // WHEN
    CliRun run = CliRun.withStdin(stdin, "parse", "--batch", "-");
    // THEN
    then(run.status()).isZero();
    List<JsonNode> answers = run.jsonLines();
    then(answers).hasSize(3);
    then(memberNames(answers.get(1))).containsExactly("id", "error");
    then(answers.get(1).get("id").isNull()).isTrue();
    then(answers.get(1).get("error").textValue()).startsWith("line 2:").contains("not JSON");
    then(answers.get(2).get("id").intValue()).isEqualTo(3);
    then(answers.get(2).get("isAccessDenied").booleanValue()).isTrue();
  }

  @Test
  void should_answer_with_its_id_and_an_error_when_a_line_has_no_text() {
    // GIVEN
    String stdin = "{\"id\": \"no-text\"}\n{\"id\": \"number\", \"text\": 403}\n";
    // WHEN
    CliRun run = CliRun.withStdin(stdin, "parse", "--batch", "-");
    // THEN
    then(run.status()).isZero();
    then(run.jsonLines()).hasSize(2).allSatisfy(answer -> {
      then(memberNames(answer)).containsExactly("id", "error");
      then(answer.get("error").textValue()).contains("text");
    });
    then(run.jsonLines()).extracting(a -> a.get("id").textValue()).containsExactly("no-text", "number");
  }

  @Test
  void should_exit_2_with_one_line_when_batch_file_is_missing() {
    // GIVEN
    Path missing = dir.resolve("no-such-tickets.jsonl");
    // WHEN
    CliRun run = CliRun.run("parse", "--batch", missing.toString());
    // THEN
    run.thenRefusedWith(missing.toString(), "no such file");
  }

  @Test
  void should_exit_2_with_one_line_when_batch_file_is_a_directory() {
    // WHEN
    CliRun run = CliRun.run("parse", "--batch", dir.toString());
    // THEN
    run.thenRefusedWith(dir.toString(), "directory");
  }

  @Test
  void should_exit_2_with_one_line_when_batch_has_no_file() {
    // WHEN
    CliRun run = CliRun.run("parse", "--batch");
    // THEN
    run.thenRefusedWith("--batch needs a value");
  }

  @Test
  void should_read_the_first_line_when_batch_file_starts_with_a_byte_order_mark() throws IOException {
    // GIVEN
    byte[] content = ("\uFEFF{\"id\": 1, \"text\": \"%s\"}\n".formatted(Pastes.BARE_DENIAL)).getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("notepad.jsonl"), content);
    // WHEN
    CliRun run = CliRun.run("parse", "--batch", file.toString());
    // THEN
    then(run.status()).isZero();
    then(run.jsonLines()).singleElement().satisfies(answer -> {
      then(answer.get("id").intValue()).isEqualTo(1);
      then(answer.get("isAccessDenied").booleanValue()).isTrue();
    });
  }
}
