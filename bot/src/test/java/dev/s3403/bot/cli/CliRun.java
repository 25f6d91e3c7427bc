package dev.s3403.bot.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line in this JVM, with byte arrays for its streams, as Main runs it with the real ones. */
record CliRun(int status, String out, String err) {
  /** Strict: the whole of standard output must be one JSON value, nothing after it. */
  static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  static CliRun run(String... args) {
    return run(false, new byte[0], args);
  }

  static CliRun withStdin(String stdin, String... args) {
    return run(false, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static CliRun run(boolean terminal, byte[] stdin, String... args) {
    return run(java.util.Map.of(), terminal, stdin, args);
  }

  /** With the given environment instead of the process's (the model's settings live there). */
  static CliRun withEnv(java.util.Map<String, String> env, String... args) {
    return run(env, false, new byte[0], args);
  }

  static CliRun run(java.util.Map<String, String> env, boolean terminal, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = new Cli(new ByteArrayInputStream(stdin), o, e, terminal, env).run(args);
    }
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Standard output read as one JSON value. */
  JsonNode json() {
    return parse(out);
  }

  /** Standard output read as JSON lines. */
  List<JsonNode> jsonLines() {
    List<JsonNode> nodes = new ArrayList<>();
    out.lines().forEach(line -> nodes.add(parse(line)));
    return nodes;
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** Unusable input (spec/cli.md): status 2, nothing on standard output, one line on standard error, no stack trace. */
  void thenRefusedWith(String... mentions) {
    then(status).as("exit status").isEqualTo(2);
    then(out).as("standard output").isEmpty();
    then(errLines()).as("standard error").hasSize(1);
    then(err).as("standard error").contains(mentions).doesNotContain("Exception").doesNotContain("\tat ");
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not one JSON value: " + json, e);
    }
  }

  static List<String> memberNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
