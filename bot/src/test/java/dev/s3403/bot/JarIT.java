package dev.s3403.bot;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, {@code bot/target/s3-403.jar}, run as its own process by the JVM running this test. */
class JarIT {
  private static final Path JAR = Path.of(System.getProperty("s3403.jar", "target/s3-403.jar")).toAbsolutePath();
  private static final String JAVA = ProcessHandle.current().info().command().orElseThrow();
  private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final long TIMEOUT_SECONDS = 60;

  private static final String DENIAL = "An error occurred (AccessDenied) when calling the GetObject operation: "
      + "User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: s3:GetObject "
      + "on resource: \"arn:aws:s3:::amzn-s3-demo-bucket/path/to/object.txt\" with an explicit deny in a "
      + "resource-based policy";

  private static final String EXPECTED = """
      {
        "isAccessDenied": true, "service": "s3", "tool": "aws-cli", "operation": "GetObject",
        "errorCode": "AccessDenied", "httpStatus": null, "message": %s,
        "bucket": "amzn-s3-demo-bucket", "key": "path/to/object.txt",
        "principalArn": "arn:aws:sts::111122223333:assumed-role/app/i-0abc", "action": "s3:GetObject",
        "resourceArn": "arn:aws:s3:::amzn-s3-demo-bucket/path/to/object.txt", "denyType": "explicit",
        "policyType": "resource-based policy", "policyArn": null, "authorizationId": null, "requestId": null,
        "hostId": null, "region": null, "warnings": []
      }""";

  @TempDir
  Path dir;

  private record Exit(int status, String out, String err) {}

  @Test
  void should_print_the_parse_json_and_nothing_on_stderr_when_text_is_an_argument() throws Exception {
    // GIVEN
    ObjectNode expected = (ObjectNode) JSON.readTree(EXPECTED.formatted(JSON.writeValueAsString(
        DENIAL.substring(DENIAL.indexOf("User:")))));
    // WHEN
    Exit exit = run(null, Map.of(), "parse", DENIAL);
    // THEN
    then(exit.status()).isZero();
    then(exit.err()).isEmpty();
    ObjectNode actual = (ObjectNode) JSON.readTree(exit.out());
    then(actual.deepCopy().retain(names(expected))).isEqualTo(expected);
    then(actual.get("requiredActions").get(0)).isEqualTo(JSON.readTree(
        "{\"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/path/to/object.txt\", \"when\": \"always\"}"));
  }

  @Test
  void should_print_headline_and_fields_when_format_is_text() throws Exception {
    // WHEN
    Exit exit = run(null, Map.of(), "parse", "--format", "text", DENIAL);
    // THEN
    then(exit.status()).isZero();
    then(exit.err()).isEmpty();
    then(exit.out()).startsWith("access denied: s3:GetObject on arn:aws:s3:::amzn-s3-demo-bucket/path/to/object.txt"
            + " (explicit deny in a resource-based policy)\n\n")
        .containsPattern("(?m)^ +operation +GetObject$")
        .containsPattern("(?m)^ +bucket +amzn-s3-demo-bucket$");
  }

  @Test
  void should_read_standard_input_when_text_is_piped() throws Exception {
    // GIVEN
    String log = "$ aws s3api list-objects-v2 --bucket amzn-s3-demo-bucket\n"
        + "An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\n";
    // WHEN
    Exit exit = run(log, Map.of(), "parse");
    // THEN
    then(exit.status()).isZero();
    then(exit.err()).isEmpty();
    JsonNode json = JSON.readTree(exit.out());
    then(json.get("operation").textValue()).isEqualTo("ListObjectsV2");
    then(json.get("errorCode").textValue()).isEqualTo("AccessDenied");
    then(json.get("bucket").textValue()).isEqualTo("amzn-s3-demo-bucket");
  }

  @Test
  void should_answer_each_line_with_its_id_when_batch_is_a_file() throws Exception {
    // GIVEN
    Path batch = Files.writeString(dir.resolve("tickets.jsonl"), """
        {"id": "T-1", "text": %s}

        {"id": 2, "text": "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."}
        """.formatted(JSON.writeValueAsString(DENIAL)));
    // WHEN
    Exit exit = run(null, Map.of(), "parse", "--batch", batch.toString());
    // THEN
    then(exit.status()).isZero();
    then(exit.err()).isEmpty();
    List<JsonNode> answers = new ArrayList<>();
    for (String line : exit.out().lines().toList()) answers.add(JSON.readTree(line));
    then(answers).extracting(a -> a.get("id").toString()).containsExactly("\"T-1\"", "2");
    then(answers).extracting(a -> a.get("isAccessDenied").booleanValue()).containsExactly(true, false);
  }

  @Test
  void should_exit_2_with_one_line_on_stderr_when_an_option_is_unknown() throws Exception {
    // WHEN
    Exit exit = run(null, Map.of(), "parse", "--colour", DENIAL);
    // THEN
    then(exit.status()).isEqualTo(2);
    then(exit.out()).isEmpty();
    then(exit.err().lines()).hasSize(1);
    then(exit.err()).contains("--colour").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void should_write_utf8_when_the_locale_is_posix() throws Exception {
    // GIVEN
    String paste = "download failed: s3://quartz-hr-exports/r\u00e9sum\u00e9.pdf to ./r\u00e9sum\u00e9.pdf "
        + "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\n";
    // WHEN
    Exit exit = run(paste, Map.of("LC_ALL", "C", "LANG", "C"), "parse");
    // THEN
    then(exit.status()).isZero();
    then(JSON.readTree(exit.out()).get("key").textValue()).isEqualTo("r\u00e9sum\u00e9.pdf");
  }

  @Test
  void should_run_a_million_evaluations_in_a_16_mb_heap_that_does_not_grow_when_repeating_a_simulation() throws Exception {
    // GIVEN the 14 spec cases, and a heap of 16 MB that a leak of even 20 bytes per evaluation would overflow
    Path cases = dir.resolve("all-cases.jsonl");
    try (var in = JarIT.class.getResourceAsStream("/simulate/all-cases.jsonl")) {
      Files.write(cases, in.readAllBytes());
    }
    Path gcLog = dir.resolve("gc.log");
    // WHEN 71,429 timed passes (1,000,006 evaluations) run
    Exit exit = run(null, Map.of(), List.of("-Xms16m", "-Xmx16m", "-XX:+UseSerialGC", "-Xlog:gc:file=" + gcLog),
        "simulate", cases.toString(), "--repeat", "71429");
    // THEN it finishes, every case matched, and the heap left after each collection is as small at the end as early on
    then(exit.status()).as(exit.err()).isZero();
    JsonNode summary = JSON.readTree(exit.err());
    then(summary.get("cases").asInt() * summary.get("passes").asLong()).isEqualTo(1_000_006L);
    then(summary.get("mismatches").asInt()).isZero();
    List<Integer> afterGc = new ArrayList<>();
    var pattern = java.util.regex.Pattern.compile("Pause Young.* \\d+M->(\\d+)M");
    for (String line : Files.readAllLines(gcLog)) {
      var m = pattern.matcher(line);
      if (m.find()) afterGc.add(Integer.parseInt(m.group(1)));
    }
    then(afterGc).as("young collections").hasSizeGreaterThan(100);
    int early = afterGc.subList(afterGc.size() / 10, afterGc.size() / 5).stream().max(Integer::compare).orElseThrow();
    int late = afterGc.subList(afterGc.size() - afterGc.size() / 10, afterGc.size()).stream().max(Integer::compare).orElseThrow();
    then(late).as("MB live after collections at the end vs. early on").isLessThanOrEqualTo(early + 1);
  }

  private Exit run(String stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
    return run(stdin, env, List.of(), args);
  }

  /** Runs the jar with the given text piped to standard input (none when null); output is read as UTF-8, as JSON must be. */
  private Exit run(String stdin, Map<String, String> env, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    then(JAR).as("the built jar; run `mvn verify`, not the test alone").isRegularFile();
    List<String> command = new ArrayList<>(List.of(JAVA));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    try (OutputStream pipe = process.getOutputStream()) {   // a real pipe; closing it is end of input
      if (stdin != null) pipe.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("`s3-403 %s` did not finish within %d s".formatted(String.join(" ", args), TIMEOUT_SECONDS));
    }
    return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
