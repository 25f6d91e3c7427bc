package dev.s3403.bot.playground;

import static dev.s3403.bot.playground.Playground.json;
import static dev.s3403.bot.playground.Playground.scenario;
import static org.assertj.core.api.BDDAssertions.then;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaygroundBadInputTest {
  private static final String CONVERSATIONS = "/api/playground/conversations";
  private static Playground playground;

  @BeforeAll
  static void start() throws Exception {
    playground = Playground.start();
  }

  @AfterAll
  static void stop() {
    playground.close();
  }

  @Test
  void should_refuse_with_413_and_keep_serving_when_the_paste_is_10_mb() throws Exception {
    // GIVEN an error followed by 10 MB of log
    String paste = scenario("p004").get("error").asText() + "\n" + "x".repeat(10 * 1024 * 1024);
    // WHEN
    HttpResponse<String> response = playground.postText(CONVERSATIONS, paste);
    // THEN
    then(response.statusCode()).isEqualTo(413);
    then(json(response).get("error").asText()).isEqualTo(Bodies.TOO_LARGE);
    then(playground.postText(CONVERSATIONS, scenario("p004").get("error").asText()).statusCode()).isEqualTo(201);
  }

  @Test
  void should_refuse_with_413_when_a_paste_over_1_mib_comes_without_a_length() throws Exception {
    // GIVEN 2 MiB sent chunked, so the size is known only by reading
    byte[] big = ("{\"text\": \"" + "x".repeat(2 << 20) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big));
    // WHEN
    HttpResponse<String> response = playground.post(CONVERSATIONS, chunked);
    // THEN
    then(response.statusCode()).isEqualTo(413);
    then(json(response).get("error").asText()).isEqualTo(Bodies.TOO_LARGE);
  }

  @Test
  void should_refuse_with_400_naming_the_problem_when_the_body_is_not_json() throws Exception {
    // WHEN
    HttpResponse<String> response = playground.post(CONVERSATIONS, "An error occurred (AccessDenied)");
    // THEN
    then(response.statusCode()).isEqualTo(400);
    then(json(response).get("error").asText()).startsWith("the body is not JSON: ");
  }

  @Test
  void should_refuse_with_400_when_the_body_is_binary() throws Exception {
    // GIVEN bytes that are not UTF-8
    byte[] junk = {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe, 0x1a};
    // WHEN
    HttpResponse<String> response = playground.post(CONVERSATIONS, HttpRequest.BodyPublishers.ofByteArray(junk));
    // THEN
    then(response.statusCode()).isEqualTo(400);
    then(json(response).get("error").asText()).contains("binary");
  }

  @Test
  void should_refuse_with_400_when_the_text_holds_control_characters() throws Exception {
    // WHEN
    HttpResponse<String> response = playground.postText(CONVERSATIONS, "Access Denied\u0000\u0001\u0002");
    // THEN
    then(response.statusCode()).isEqualTo(400);
    then(json(response).get("error").asText()).contains("binary");
  }

  @Test
  void should_refuse_with_400_when_the_text_is_missing() throws Exception {
    // WHEN
    HttpResponse<String> response = playground.post(CONVERSATIONS, "{\"error\": \"Access Denied\"}");
    // THEN
    then(response.statusCode()).isEqualTo(400);
    then(json(response).get("error").asText()).isEqualTo("the body has no `text`; send {\"text\": \"…\"}");
  }

  @Test
  void should_refuse_with_400_and_the_first_error_when_the_bundle_is_invalid() throws Exception {
    // GIVEN a conversation
    String id = playground.startConversation(scenario("p004").get("error").asText()).get("id").asText();
    // WHEN a bundle of another format is uploaded
    HttpResponse<String> response = playground.post(CONVERSATIONS + "/" + id + "/bundle", "{\"format\": \"something/else@9\"}");
    // THEN
    then(response.statusCode()).isEqualTo(400);
    then(json(response).get("error").asText()).startsWith("the bundle cannot be used: ");
  }

  @Test
  void should_refuse_with_404_when_the_conversation_is_unknown() throws Exception {
    // WHEN
    HttpResponse<String> message = playground.postText(CONVERSATIONS + "/0123456789abcdef/messages", "hello");
    HttpResponse<String> export = playground.get(CONVERSATIONS + "/0123456789abcdef/bundle");
    // THEN
    then(message.statusCode()).isEqualTo(404);
    then(json(message).get("error").asText()).startsWith("no conversation `0123456789abcdef`");
    then(export.statusCode()).isEqualTo(404);
  }
}
