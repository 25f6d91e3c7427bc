package dev.s3403.bot.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code s3-403 diagnose}: the text and a bundle to ranked causes, as spec/cli.md describes the JSON. */
class DiagnoseCommandTest {
  @TempDir
  Path dir;

  private static JsonNode scenario(String id) throws IOException {
    try (InputStream in = DiagnoseCommandTest.class.getResourceAsStream("/scenarios/" + id + ".json")) {
      return CliRun.JSON.readTree(in);
    }
  }

  @Test
  void should_rank_the_specific_cause_first_and_name_the_owner_when_given_a_bundle() throws IOException {
    // GIVEN p004: a laptop upload hits a bucket Deny outside the VPC endpoint, and the role is read-only too
    JsonNode s = scenario("p004");
    Path bundle = Files.writeString(dir.resolve("bundle.json"), s.get("bundle").toString());
    // WHEN
    CliRun run = CliRun.run("diagnose", s.get("error").asText(), "--bundle", bundle.toString());
    // THEN
    then(run.status()).isZero();
    JsonNode d = run.json();
    then(d.get("format").asText()).isEqualTo("s3-403/diagnosis@1");
    then(d.get("decision").asText()).isEqualTo("ExplicitlyDenied");
    then(d.at("/causes/0/id").asText()).isEqualTo("perimeter-network-deny");
    then(d.at("/causes/0/status").asText()).isEqualTo("confirmed");
    then(d.at("/causes/0/owner").asText()).matches("\\d{12}");
    then(d.get("causes").findValuesAsText("id")).contains("identity-policy-missing-allow");
    then(d.at("/request/operation").asText()).isEqualTo("PutObject");
    then(d.get("explanation").asText()).startsWith("The evidence confirms why the `PutObject` request was denied")
        .contains("`DenyAccessOutsideVpce`", "123456789012");
    then(d.propertyStream().map(Map.Entry::getKey).toList()).last().isEqualTo("explanation");
  }

  @Test
  void should_rank_from_the_text_alone_when_there_is_no_bundle() throws IOException {
    // GIVEN p019: an expired presigned URL
    JsonNode s = scenario("p019");
    // WHEN
    CliRun run = CliRun.withStdin(s.get("error").asText(), "diagnose", "-");
    // THEN
    then(run.status()).isZero();
    then(run.json().at("/causes/0/id").asText()).isEqualTo("presigned-url-expired");
    then(run.json().get("decision").asText()).isEqualTo("Undetermined");
  }

  @Test
  void should_refuse_a_malformed_bundle_or_answers_with_one_line_naming_the_json_pointer() throws IOException {
    // GIVEN a bundle whose bucket policy is a string
    Path bundle = Files.writeString(dir.resolve("bad.json"),
        "{\"format\":\"s3-403/evidence@1\",\"buckets\":{\"acme\":{\"policy\":\"{}\"}}}");
    // WHEN / THEN
    CliRun.run("diagnose", "Access Denied", "--bundle", bundle.toString()).thenRefusedWith("bad.json", "/buckets/acme/policy");
    Path answers = Files.writeString(dir.resolve("answers.json"), "{\"kms-encrypted\":\"maybe\"}");
    Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\"favourite-colour\":\"blue\"}");
    CliRun.run("diagnose", "Access Denied", "--answers", answers.toString()).thenRefusedWith("answers.json", "/kms-encrypted", "yes, no, not sure");
    CliRun.run("diagnose", "Access Denied", "--answers", unknown.toString()).thenRefusedWith("/favourite-colour", "not a question");
  }

  @Test
  void should_confirm_a_cause_from_a_pasted_cli_output_and_refuse_a_paste_it_cannot_read() throws IOException {
    // GIVEN p009's body-less HEAD 403, and the get-bucket-request-payment output for its bucket
    JsonNode s = scenario("p009");
    Path output = Files.writeString(dir.resolve("payment.txt"),
        "$ aws s3api get-bucket-request-payment --bucket bluefin-freight-benchmarks\n{\n    \"Payer\": \"Requester\"\n}\n");
    Path junk = Files.writeString(dir.resolve("junk.txt"), "hello world\n");
    // WHEN
    CliRun run = CliRun.run("diagnose", s.get("error").asText(), "--paste", output.toString());
    // THEN the output is evidence: Requester Pays is confirmed first
    then(run.status()).isZero();
    then(run.json().at("/causes/0/id").asText()).isEqualTo("requester-pays-header-missing");
    then(run.json().at("/causes/0/status").asText()).isEqualTo("confirmed");
    CliRun.run("diagnose", s.get("error").asText(), "--paste", junk.toString()).thenRefusedWith("junk.txt", "not the output");
  }

  @Test
  void should_answer_each_scenario_line_in_order_when_batching() throws IOException {
    // GIVEN two scenarios and a broken line
    String lines = scenario("p004").toString() + "\n{broken\n" + scenario("p019").toString() + "\n";
    Path file = Files.writeString(dir.resolve("queue.jsonl"), lines);
    // WHEN
    CliRun run = CliRun.run("diagnose", "--batch", file.toString());
    // THEN
    then(run.status()).isZero();
    List<JsonNode> answers = run.jsonLines();
    then(answers).extracting(a -> a.get("id").asText()).containsExactly("p004", "null", "p019");
    then(answers.get(0).at("/causes/0/id").asText()).isEqualTo("perimeter-network-deny");
    then(answers.get(1).get("error").asText()).startsWith("line 2: not JSON");
    then(answers.get(2).at("/causes/0/id").asText()).isEqualTo("presigned-url-expired");
  }

  @Test
  void should_print_the_explanation_first_when_the_format_is_text() throws IOException {
    // GIVEN
    JsonNode s = scenario("p004");
    Path bundle = Files.writeString(dir.resolve("bundle.json"), s.get("bundle").toString());
    // WHEN
    CliRun run = CliRun.run("diagnose", s.get("error").asText(), "--bundle", bundle.toString(), "--format", "text");
    // THEN
    then(run.out()).startsWith("The evidence confirms why the `PutObject` request was denied: a Deny admits only requests "
            + "from an expected network")
        .contains("decision: ExplicitlyDenied", "perimeter-network-deny (confirmed)", "ruled out:");
  }
}
