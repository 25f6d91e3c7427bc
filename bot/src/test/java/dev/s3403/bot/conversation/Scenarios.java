package dev.s3403.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public scenarios the conversation tests start from: the bot's own copies on the classpath, else the
 * diagnostics module's, read by path from the bot module's directory.
 */
final class Scenarios {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PUBLIC = Path.of("../diagnostics/src/test/resources/scenarios/public");

  private Scenarios() {}

  static JsonNode scenario(String id) {
    try (InputStream in = Scenarios.class.getResourceAsStream("/scenarios/" + id + ".json")) {
      return in != null ? JSON.readTree(in) : JSON.readTree(Files.readString(PUBLIC.resolve(id + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String error(String id) {
    return scenario(id).get("error").asText();
  }

  /** What {@code aws s3api get-bucket-policy} prints for the scenario's bucket: the policy as a JSON string. */
  static String bucketPolicyOutput(String id) {
    JsonNode s = scenario(id);
    String bucket = s.at("/bundle/request/bucket").asText();
    JsonNode policy = s.at("/bundle/buckets").get(bucket).get("policy");
    return JSON.createObjectNode().put("Policy", policy.toString()).toPrettyString();
  }
}
