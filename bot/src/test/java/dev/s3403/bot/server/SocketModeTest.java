package dev.s3403.bot.server;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code s3-403 serve} in Socket Mode end to end: the real server and Bolt's Java-WebSocket client, WireMock playing
 * Slack's Web API, and a real WebSocket server ({@link FakeSocketMode}) playing Slack's Socket Mode endpoint.
 */
class SocketModeTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String APP_TOKEN = "xapp-1-A0001-1-socketmodetest";
  private static final String ENVELOPE_ID = "1d4e2c7f-8a55-4b53-9b1e-4a4f5d6e7f80";
  private static final Duration CONNECTED = Duration.ofSeconds(10);
  private static final Duration ACKED = Duration.ofSeconds(3);
  private static final Duration ANSWERED = Duration.ofSeconds(10);
  /**
   * Threads allowed to outlive a server: OkHttp's process-wide task runner and watchdog (they end after a minute
   * idle). Javalin's "you never started it" reminder, which sleeps 5 s after {@code create()} whatever happens, is
   * let go too. The Slack client's metrics threads are not: {@code SlackBot.close()} closes its client.
   */
  private static final Pattern OUTLIVE_A_SERVER = Pattern.compile("OkHttp TaskRunner|Okio Watchdog");

  private final FakeSlack slack = new FakeSlack(wm);
  private Set<Thread> threadsBefore;
  private FakeSocketMode socketMode;
  private Server server;

  /** WireMock's Jetty starts its scheduler on its first request: let that happen before any test counts threads. */
  @BeforeAll
  static void warmUpWireMock() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      http.send(HttpRequest.newBuilder(URI.create(wm.baseUrl() + "/__admin/health")).build(), HttpResponse.BodyHandlers.discarding());
    }
  }

  @BeforeEach
  void stubWebApi() {
    threadsBefore = Thread.getAllStackTraces().keySet();
    slack.stubBasics();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null) server.close();
    if (socketMode != null) socketMode.close();
    // THEN, for every test: nothing the server started outlives it
    List<String> leaked = threadsStartedSince(threadsBefore, Duration.ofSeconds(5));
    then(leaked).as("threads still running after close").isEmpty();
  }

  @Test
  void should_ack_a_slash_command_envelope_over_the_socket_and_then_post_the_diagnosis() throws Exception {
    // GIVEN Slack's Socket Mode endpoint, which will push p004's error after /s3-403 once the bot connects
    String envelope = slashCommandEnvelope(ENVELOPE_ID, p004Error(), slack.responseUrl());
    socketMode = new FakeSocketMode(envelope);
    slack.connectionsOpen(APP_TOKEN, socketMode.url());
    // WHEN the server starts in Socket Mode and the command arrives over the socket
    server = start(socketEnvironment());
    long pushedAt = socketMode.awaitPushed(ENVELOPE_ID, CONNECTED).orElseThrow(() -> new AssertionError(
        "the bot never connected to the Socket Mode endpoint; apps.connections.open calls: " + slack.calls("apps.connections.open")));
    // THEN the envelope is acked over the socket, with its id, within Slack's 3 s
    var ack = socketMode.awaitReply(ENVELOPE_ID, ACKED.plusSeconds(1));
    then(ack).as("ack for envelope %s", ENVELOPE_ID).isPresent();
    then(Duration.ofNanos(ack.get().atNanos() - pushedAt)).isLessThan(ACKED);
    then(slack.authorizations("apps.connections.open")).isNotEmpty().containsOnly("Bearer " + APP_TOKEN);
    then(socketMode.connections()).containsExactly("t1");
    // AND the diagnosis is posted in the channel with its state
    List<Map<String, String>> posts = slack.awaitCalls("chat.postMessage", 1, ANSWERED);
    then(posts).isNotEmpty();
    Map<String, String> parent = posts.getFirst();
    then(parent.get("channel")).isEqualTo("C0001");
    then(parent.get("blocks")).contains("bucket-policy");
    then(parent.get("metadata")).contains("s3_403_conversation");
  }

  @Test
  void should_report_socket_mode_and_have_no_events_route_when_only_bot_and_app_tokens_are_set() throws Exception {
    // GIVEN Slack's Socket Mode endpoint with nothing to push
    socketMode = new FakeSocketMode();
    slack.connectionsOpen(APP_TOKEN, socketMode.url());
    // WHEN the server starts with the bot and app-level tokens and no signing secret
    server = start(socketEnvironment());
    HttpResponse<String> health;
    HttpResponse<String> events;
    try (HttpClient http = HttpClient.newHttpClient()) {
      health = http.send(HttpRequest.newBuilder(local("/healthz")).build(), HttpResponse.BodyHandlers.ofString());
      events = http.send(HttpRequest.newBuilder(local("/slack/events")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"url_verification\",\"challenge\":\"c\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
    }
    // THEN health says Slack comes in over the socket, and nothing listens for Slack over HTTP
    then(health.statusCode()).isEqualTo(200);
    then(JSON.readTree(health.body()).get("slack").asText()).isEqualTo("socket");
    then(events.statusCode()).isIn(404, 405);
  }

  /** Only the two Slack tokens, plus where Slack's Web API is and a free port. */
  private Map<String, String> socketEnvironment() {
    return Map.of("SLACK_BOT_TOKEN", "xoxb-test-token", "SLACK_APP_TOKEN", APP_TOKEN, "PORT", "0",
        "S3403_SLACK_API_URL", slack.apiUrl());
  }

  private static Server start(Map<String, String> env) throws Exception {
    var reading = ServeConfig.from(env);
    then(reading).isInstanceOf(ServeConfig.Reading.Ok.class);
    var config = ((ServeConfig.Reading.Ok) reading).config();
    then(config.mode()).isEqualTo(ServeConfig.Mode.SOCKET);
    return Server.start(config, Clock.systemUTC());
  }

  private URI local(String path) {
    return URI.create("http://localhost:" + server.port() + path);
  }

  private String p004Error() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/scenarios/p004.json")) {
      return JSON.readTree(in).get("error").asText();
    }
  }

  /** A slash command as Slack pushes it over Socket Mode: the command's fields as a JSON payload in an envelope. */
  private static String slashCommandEnvelope(String envelopeId, String text, String responseUrl) {
    ObjectNode envelope = JSON.createObjectNode().put("envelope_id", envelopeId);
    envelope.putObject("payload").put("token", "legacy").put("team_id", "T0001").put("team_domain", "acme")
        .put("channel_id", "C0001").put("channel_name", "storage-help").put("user_id", "U0ANA").put("user_name", "ana")
        .put("command", "/s3-403").put("text", text).put("api_app_id", "A0001").put("is_enterprise_install", "false")
        .put("response_url", responseUrl).put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
    envelope.put("type", "slash_commands").put("accepts_response_payload", true);
    return envelope.toString();
  }

  /** Threads started since {@code before} that are still alive once {@code grace} has passed (they may be ending). */
  private static List<String> threadsStartedSince(Set<Thread> before, Duration grace) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    List<String> alive = alive(before);
    while (!alive.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      alive = alive(before);
    }
    return alive;
  }

  private static List<String> alive(Set<Thread> before) {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().isAlive() && !before.contains(e.getKey()) && !outlivesAServer(e.getKey(), e.getValue()))
        .map(e -> e.getKey().getName()).sorted().toList();
  }

  private static boolean outlivesAServer(Thread thread, StackTraceElement[] stack) {
    return OUTLIVE_A_SERVER.matcher(thread.getName()).lookingAt() || Arrays.stream(stack)
        .anyMatch(f -> f.getClassName().equals("io.javalin.jetty.JettyServer") && f.getMethodName().startsWith("_init_$lambda"));
  }
}
