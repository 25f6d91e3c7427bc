package dev.s3403.bot.cli;

import static dev.s3403.bot.cli.CliRun.memberNames;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code s3-403 simulate FILE [--explain] [--repeat N] [--format]} exactly as spec/simulation-case.md says. */
class SimulateCommandTest {
  private static final List<String> RESULT_MEMBERS = List.of("id", "decision", "sameAccount", "deniedBy",
      "perPolicyType", "decisive", "derivedContext", "expected", "match");

  @TempDir
  Path dir;

  @Test
  void should_answer_every_spec_example_as_aws_does_when_given_the_jsonl_file() throws IOException {
    // GIVEN the 14 cases of spec/examples/simulate/all-cases.jsonl
    Path file = copy("all-cases.jsonl");
    // WHEN
    CliRun run = CliRun.run("simulate", file.toString());
    // THEN one JSON line per case, in input order, each matching its expectation, exit 0
    then(run.status()).isZero();
    then(run.err()).isEmpty();
    List<JsonNode> results = run.jsonLines();
    then(results).hasSize(14);
    for (int i = 0; i < results.size(); i++) {
      JsonNode r = results.get(i);
      then(r.get("id").asText()).startsWith("%02d-".formatted(i + 1));
      then(memberNames(r)).as(r.get("id").asText()).containsSubsequence(RESULT_MEMBERS);
      then(r.get("match").asBoolean()).as(r.get("id").asText()).isTrue();
      then(r.get("perPolicyType").size()).isGreaterThanOrEqualTo(7);
    }
    JsonNode bpa = results.get(10);
    then(bpa.get("deniedBy").toString()).isEqualTo("[\"s3BlockPublicAccess\"]");
    then(bpa.at("/decisive/0/publicStatement/sid").asText()).isEqualTo("PublicRead");
  }

  @Test
  void should_name_the_deny_statement_and_trace_every_statement_when_explaining_one_case() throws IOException {
    // GIVEN the spec's bucket-policy deny example, one case in a .json file
    Path file = copy("bucket-policy-explicit-deny.json");
    // WHEN
    CliRun run = CliRun.run("simulate", file.toString(), "--explain");
    // THEN one object: the Deny statement is decisive, and the trace says what matched and, if not, on what
    then(run.status()).isZero();
    JsonNode r = run.json();
    then(r.get("decision").asText()).isEqualTo("ExplicitlyDenied");
    then(r.get("deniedBy").toString()).isEqualTo("[\"resource\"]");
    then(r.at("/decisive/0/sid").asText()).isEqualTo("DenyOutsideVpce");
    then(r.at("/decisive/0/statementIndex").asInt()).isEqualTo(1);
    then(r.at("/decisive/0/effect").asText()).isEqualTo("Deny");
    then(r.at("/perPolicyType/rcp").asText()).isEqualTo("NotApplicable");
    then(r.at("/derivedContext/aws:PrincipalArn").asText()).isEqualTo("arn:aws:iam::111122223333:role/report-reader");
    JsonNode trace = r.get("trace");
    then(trace.size()).isGreaterThan(2);
    for (JsonNode t : trace) {
      then(t.has("matched")).isTrue();
      if (!t.get("matched").asBoolean()) then(t.get("on").asText()).isIn("action", "resource", "principal", "condition");
    }
    then(trace.findValuesAsText("target")).contains("ou-ab12-workloads");
  }

  @Test
  void should_answer_with_an_array_in_order_when_the_json_file_holds_an_array() throws IOException {
    // GIVEN two cases in one JSON array
    String array = "[" + resource("scp-explicit-deny.json") + "," + resource("bucket-policy-explicit-deny.json") + "]";
    Path file = Files.writeString(dir.resolve("two.json"), array);
    // WHEN
    CliRun run = CliRun.run("simulate", file.toString());
    // THEN
    then(run.status()).isZero();
    JsonNode results = run.json();
    then(results.isArray()).isTrue();
    then(results.findValuesAsText("id")).containsExactly("03-scp-explicit-deny", "02-bucket-policy-explicit-deny");
    then(results.at("/0/decisive/0/target").asText()).isEqualTo("ou-ab12-workloads");
  }

  @Test
  void should_read_json_lines_from_standard_input_when_the_file_is_a_dash() throws IOException {
    // GIVEN the spec examples piped in
    String lines = resource("all-cases.jsonl");
    // WHEN
    CliRun run = CliRun.withStdin(lines, "simulate", "-");
    // THEN
    then(run.status()).isZero();
    then(run.jsonLines()).hasSize(14).allMatch(r -> r.get("match").asBoolean());
  }

  @Test
  void should_exit_1_and_say_what_was_expected_when_a_case_does_not_match() throws IOException {
    // GIVEN the deny example, wrongly expected to be allowed
    String wrong = resource("bucket-policy-explicit-deny.json").replace("\"ExplicitlyDenied\"", "\"Allowed\"");
    Path file = Files.writeString(dir.resolve("wrong.json"), wrong);
    // WHEN
    CliRun run = CliRun.run("simulate", file.toString());
    // THEN
    then(run.status()).isEqualTo(1);
    then(run.json().get("match").asBoolean()).isFalse();
    then(run.json().at("/expected/decision").asText()).isEqualTo("Allowed");
  }

  @Test
  void should_answer_error_naming_policy_and_statement_when_a_condition_operator_is_unknown() throws IOException {
    // GIVEN a bucket policy whose second statement uses `StringEqual`
    String c = """
        {"id":"typo","request":{"principal":"arn:aws:iam::111122223333:user/alice","action":"s3:GetObject",
         "resource":"arn:aws:s3:::acme/k","resourceAccount":"111122223333"},
         "policies":{"resource":{"name":"acme bucket policy","document":{"Version":"2012-10-17","Statement":[
           {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::acme/*"},
           {"Sid":"DenyHttp","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*",
            "Condition":{"StringEqual":{"aws:SecureTransport":"false"}}}]}}},
         "expected":{"decision":"Error"}}
        """;
    Path file = Files.writeString(dir.resolve("typo.json"), c);
    // WHEN
    CliRun run = CliRun.run("simulate", file.toString());
    // THEN
    then(run.status()).isZero();
    JsonNode r = run.json();
    then(r.get("decision").asText()).isEqualTo("Error");
    then(r.get("error").asText()).contains("statement 2", "DenyHttp", "acme bucket policy", "StringEqual");
    then(r.get("match").asBoolean()).isTrue();
  }

  @Test
  void should_answer_bad_lines_with_errors_in_place_and_go_on_when_a_jsonl_file_has_them() throws IOException {
    // GIVEN a good case, a line that is not JSON, a line that is not an object, and another good case
    String good = resource("bucket-policy-explicit-deny.json").replace("\n", " ");
    Path file = Files.writeString(dir.resolve("mixed.jsonl"), good + "\n{not json\n[1,2]\n" + good + "\n");
    // WHEN
    CliRun run = CliRun.run("simulate", file.toString());
    // THEN four results in order; the bad ones say which line and why
    then(run.status()).isZero();
    List<JsonNode> results = run.jsonLines();
    then(results).extracting(r -> r.get("decision").asText())
        .containsExactly("ExplicitlyDenied", "Error", "Error", "ExplicitlyDenied");
    then(results.get(1).get("error").asText()).startsWith("line 2: not JSON");
    then(results.get(2).get("error").asText()).isEqualTo("line 3: a case must be a JSON object");
  }

  @Test
  void should_refuse_with_one_line_when_the_file_is_missing_or_holds_no_case() throws IOException {
    // GIVEN
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"x\",\n  \"request\": }");
    Path junk = Files.write(dir.resolve("junk.jsonl"), new byte[] {(byte) 0xC3, 0x28, 0x0A, 0x7F, 0x01, 0x0A});
    // WHEN / THEN
    CliRun.run("simulate", dir.resolve("nope.jsonl").toString()).thenRefusedWith("nope.jsonl", "no such file");
    CliRun.run("simulate", broken.toString()).thenRefusedWith("broken.json", "not JSON", "line 2");
    CliRun.run("simulate").thenRefusedWith("FILE");
    CliRun.run("simulate", junk.toString()).thenRefusedWith("junk.jsonl", "holds no case", "line 1: not JSON");
    CliRun.run("simulate", broken.toString(), "--repeat", "many").thenRefusedWith("--repeat", "many");
  }

  @Test
  void should_print_one_summary_to_standard_error_when_repeating() throws IOException {
    // GIVEN
    Path file = copy("all-cases.jsonl");
    // WHEN
    CliRun run = CliRun.run("simulate", file.toString(), "--repeat", "3");
    // THEN results on standard output as without --repeat, and one JSON summary on standard error
    then(run.status()).isZero();
    then(run.jsonLines()).hasSize(14);
    then(run.errLines()).hasSize(1);
    JsonNode summary = CliRun.parse(run.errLines().getFirst());
    then(memberNames(summary)).containsSubsequence("cases", "passes", "casesPerSecond", "p50Micros", "p99Micros", "mismatches");
    then(summary.get("cases").asInt()).isEqualTo(14);
    then(summary.get("passes").asInt()).isEqualTo(3);
    then(summary.get("mismatches").asInt()).isZero();
    then(summary.get("casesPerSecond").asLong()).isPositive();
    then(summary.get("p99Micros").asDouble()).isGreaterThanOrEqualTo(summary.get("p50Micros").asDouble());
  }

  @Test
  void should_print_one_line_per_case_and_a_tally_when_the_format_is_text() throws IOException {
    // GIVEN
    Path file = copy("all-cases.jsonl");
    // WHEN
    CliRun run = CliRun.run("simulate", file.toString(), "--format", "text");
    // THEN
    List<String> lines = run.out().lines().toList();
    then(lines).hasSize(15);
    then(lines.get(1)).startsWith("02-bucket-policy-explicit-deny  ExplicitlyDenied  resource: statement 1 (`DenyOutsideVpce`)")
        .endsWith("[as expected]");
    then(lines.getLast()).isEqualTo("14 cases, 14 of 14 as expected");
  }

  private Path copy(String name) throws IOException {
    return Files.writeString(dir.resolve(name), resource(name));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SimulateCommandTest.class.getResourceAsStream("/simulate/" + name)) {
      if (in == null) throw new IllegalStateException("test resource /simulate/" + name + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
