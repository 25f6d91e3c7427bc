package dev.s3403.bot.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.bot.server.ServeConfig;
import dev.s3403.bot.server.Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

/** {@code s3-403 serve} without Slack on a free port, and a client for its playground over real HTTP. */
final class Playground implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final Server server;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  private Playground(Server server) {
    this.server = server;
  }

  static Playground start() throws Exception {
    return start(Map.of("PORT", "0"));
  }

  /** The server with these environment variables, such as Slack's to run it in HTTP mode. */
  static Playground start(Map<String, String> env) throws Exception {
    ServeConfig.Reading reading = ServeConfig.from(env);
    if (reading instanceof ServeConfig.Reading.Invalid invalid) throw new IllegalArgumentException(invalid.message());
    return new Playground(Server.start(((ServeConfig.Reading.Ok) reading).config(), Clock.systemUTC()));
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + server.port() + path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return post(path, HttpRequest.BodyPublishers.ofString(body));
  }

  HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(body).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs {@code {"text": …}}. */
  HttpResponse<String> postText(String path, String text) throws IOException, InterruptedException {
    return post(path, JSON.createObjectNode().put("text", text).toString());
  }

  /** A new conversation about the error: its id and first turn. */
  JsonNode startConversation(String error) throws IOException, InterruptedException {
    return JSON.readTree(postText("/api/playground/conversations", error).body());
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode scenario(String id) {
    try (InputStream in = Playground.class.getResourceAsStream("/scenarios/" + id + ".json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code aws s3api get-bucket-policy} prints for the scenario's bucket: the policy as a JSON string. */
  static String bucketPolicyOutput(String id) {
    JsonNode s = scenario(id);
    JsonNode policy = s.at("/bundle/buckets").get(s.at("/bundle/request/bucket").asText()).get("policy");
    return JSON.createObjectNode().put("Policy", policy.toString()).toPrettyString();
  }

  @Override
  public void close() {
    server.close();
  }
}
