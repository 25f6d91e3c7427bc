package dev.s3403.bot.server;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code s3-403 serve} end to end: the real server on a real port, a real Bolt app, signed requests over HTTP, and
 * WireMock playing Slack's Web API.
 */
class SlackServerTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Duration ANSWERED = Duration.ofSeconds(10);

  private final FakeSlack slack = new FakeSlack(wm);
  private Server server;
  private SignedRequests requests;
  private JsonNode p004;

  @BeforeEach
  void start() throws Exception {
    slack.stubBasics();
    server = start(Map.of());
    try (InputStream in = getClass().getResourceAsStream("/scenarios/p004.json")) {
      p004 = JSON.readTree(in);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Server start(Map<String, String> extra) throws Exception {
    Server s = slack.startServer(extra);
    requests = new SignedRequests(s.port());
    return s;
  }

  @Test
  void should_ack_a_signed_slash_command_at_once_and_then_post_the_diagnosis() throws Exception {
    // GIVEN p004's error, pasted after /s3-403
    String body = SignedRequests.slashCommand(p004.get("error").asText(), slack.responseUrl());
    // WHEN Slack sends the command
    long start = System.nanoTime();
    HttpResponse<String> ack = requests.send(body, FORM);
    long ackMillis = (System.nanoTime() - start) / 1_000_000;
    // THEN it is acked well within Slack's 3 s, and the diagnosis is posted in the channel with its state
    then(ack.statusCode()).isEqualTo(200);
    then(ackMillis).isLessThan(3_000);
    List<Map<String, String>> posts = slack.awaitCalls("chat.postMessage", 1, ANSWERED);
    then(posts).isNotEmpty();
    Map<String, String> parent = posts.getFirst();
    then(parent.get("channel")).isEqualTo("C0001");
    then(parent).doesNotContainKey("thread_ts");
    then(parent.get("blocks")).contains("bucket-policy");
    then(parent.get("metadata")).contains("s3_403_conversation");
    then(parent.get("text")).contains("PutObject");
  }

  @Test
  void should_update_the_diagnosis_when_a_bucket_policy_is_pasted_in_the_thread() throws Exception {
    // GIVEN a diagnosis from the text alone
    requests.send(SignedRequests.slashCommand(p004.get("error").asText(), slack.responseUrl()), FORM);
    int before = slack.awaitCalls("chat.postMessage", 1, ANSWERED).size();
    Thread.sleep(300);
    before = slack.calls("chat.postMessage").size();
    // WHEN the user pastes `aws s3api get-bucket-policy` output in its thread
    HttpResponse<String> ack = requests.send(SignedRequests.threadReply("Ev0REPLY01", bucketPolicyOutput(),
        "1763805700.000200", FakeSlack.PARENT_TS), "application/json");
    // THEN the thread gets an update naming the cause the policy confirms
    then(ack.statusCode()).isEqualTo(200);
    List<Map<String, String>> posts = slack.awaitCalls("chat.postMessage", before + 1, ANSWERED);
    Map<String, String> update = posts.get(before);
    then(update.get("thread_ts")).isEqualTo(FakeSlack.PARENT_TS);
    then(update.get("blocks")).contains("perimeter-network-deny").contains("DenyAccessOutsideVpce");
  }

  @Test
  void should_rebuild_the_conversation_from_the_thread_after_a_restart() throws Exception {
    // GIVEN a diagnosis posted by one server, whose state went into its message's metadata
    requests.send(SignedRequests.slashCommand(p004.get("error").asText(), slack.responseUrl()), FORM);
    String metadata = slack.awaitCalls("chat.postMessage", 1, ANSWERED).getFirst().get("metadata");
    Thread.sleep(300);
    // AND a restart: a new server that never saw it, and the thread as conversations.replies returns it
    server.close();
    wm.resetRequests();
    server = start(Map.of());
    ObjectNode root = JSON.createObjectNode().put("type", "message").put("subtype", "bot_message").put("bot_id", "B0BOT")
        .put("app_id", "A0001").put("text", "diagnosis").put("ts", FakeSlack.PARENT_TS).put("thread_ts", FakeSlack.PARENT_TS);
    root.set("metadata", JSON.readTree(metadata));
    ObjectNode question = JSON.createObjectNode().put("type", "message").put("user", "U0ANA").put("text", "is this an SCP?")
        .put("ts", "1763805650.000150").put("thread_ts", FakeSlack.PARENT_TS);
    slack.replies(root.toString(), question.toString());
    // WHEN the user pastes the bucket policy in the thread
    requests.send(SignedRequests.threadReply("Ev0REPLY02", bucketPolicyOutput(), "1763805700.000200", FakeSlack.PARENT_TS),
        "application/json");
    // THEN the thread was read back, and the update is the same as without the restart
    List<Map<String, String>> posts = slack.awaitCalls("chat.postMessage", 1, ANSWERED);
    then(slack.calls("conversations.replies")).singleElement().satisfies(c -> {
      then(c.get("ts")).isEqualTo(FakeSlack.PARENT_TS);
      then(c.get("include_all_metadata")).isEqualTo("1");
    });
    then(posts.getFirst().get("thread_ts")).isEqualTo(FakeSlack.PARENT_TS);
    then(posts.getFirst().get("blocks")).contains("perimeter-network-deny");
  }

  @Test
  void should_refuse_forged_stale_and_future_requests_with_401() throws Exception {
    String body = SignedRequests.slashCommand(p004.get("error").asText(), slack.responseUrl());
    long now = Clock.systemUTC().instant().getEpochSecond();
    // GIVEN a wrong signature, a timestamp 6 minutes old, one 6 minutes ahead, and none at all
    HttpResponse<String> forged = requests.send(body, FORM, now, "v0=" + "0".repeat(64), Map.of());
    HttpResponse<String> stale = requests.send(body, FORM, now - 360, null, Map.of());
    HttpResponse<String> future = requests.send(body, FORM, now + 360, null, Map.of());
    HttpResponse<String> tampered = requests.send(body + "x", FORM, now, new dev.s3403.bot.slack.SlackGate(SignedRequests.SECRET,
        Clock.systemUTC()).sign(Long.toString(now), body), Map.of());
    // THEN each is refused with 401, and nothing reaches Slack
    then(List.of(forged.statusCode(), stale.statusCode(), future.statusCode(), tampered.statusCode())).containsOnly(401);
    Thread.sleep(300);
    then(slack.calls("chat.postMessage")).isEmpty();
    then(server.metrics().render()).contains("s3403_rejected_total{reason=\"stale\"} 1").contains("reason=\"future\"} 1");
  }

  @Test
  void should_ack_a_retried_event_without_handling_it_again() throws Exception {
    // GIVEN a thread reply already taken in
    requests.send(SignedRequests.slashCommand(p004.get("error").asText(), slack.responseUrl()), FORM);
    slack.awaitCalls("chat.postMessage", 1, ANSWERED);
    Thread.sleep(300);
    int before = slack.calls("chat.postMessage").size();
    String reply = SignedRequests.threadReply("Ev0RETRY01", "is this an SCP?", "1763805700.000200", FakeSlack.PARENT_TS);
    requests.send(reply, "application/json");
    slack.awaitCalls("chat.postMessage", before + 1, ANSWERED);
    // WHEN Slack retries it
    HttpResponse<String> retry = requests.send(reply, "application/json", Clock.systemUTC().instant().getEpochSecond(), null,
        Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    // THEN the retry is acked, and answered once only
    then(retry.statusCode()).isEqualTo(200);
    Thread.sleep(500);
    then(slack.calls("chat.postMessage")).hasSize(before + 1);
  }

  @Test
  void should_render_a_pasted_channel_mention_inert() throws Exception {
    // GIVEN a paste that tries to notify the whole channel and plant a link
    String paste = p004.get("error").asText() + " <!channel> <!here> <@U0BOSS> <https://evil.example|click here>";
    // WHEN it is diagnosed
    requests.send(SignedRequests.slashCommand(paste, slack.responseUrl()), FORM);
    List<Map<String, String>> posts = slack.awaitCalls("chat.postMessage", 1, ANSWERED);
    Thread.sleep(300);
    // THEN nothing Slack would act on went out: no mention, no link
    for (Map<String, String> post : slack.calls("chat.postMessage")) {
      String all = post.getOrDefault("text", "") + post.getOrDefault("blocks", "");
      then(all).doesNotContain("<!channel>").doesNotContain("<!here>").doesNotContain("<@U0BOSS>")
          .doesNotContain("<https://evil.example");
    }
    then(posts).isNotEmpty();
  }

  @Test
  void should_answer_privately_with_an_invitation_when_the_bot_is_not_in_the_channel() throws Exception {
    slack.notInChannel();
    requests.send(SignedRequests.slashCommand(p004.get("error").asText(), slack.responseUrl()), FORM);
    long deadline = System.nanoTime() + ANSWERED.toNanos();
    while (wm.getAllServeEvents().stream().noneMatch(e -> e.getRequest().getUrl().startsWith("/response-url/"))
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    var responded = wm.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/response-url/")).toList();
    then(responded).isNotEmpty();
    then(responded.getFirst().getRequest().getBodyAsString()).contains("/invite @s3-403").contains("ephemeral");
  }

  @Test
  void should_serve_health_and_metrics() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var health = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + server.port() + "/healthz"))
        .build(), HttpResponse.BodyHandlers.ofString());
    requests.send(SignedRequests.slashCommand(p004.get("error").asText(), slack.responseUrl()), FORM);
    slack.awaitCalls("chat.postMessage", 1, ANSWERED);
    var metrics = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + server.port() + "/metrics"))
        .build(), HttpResponse.BodyHandlers.ofString());
    then(health.statusCode()).isEqualTo(200);
    then(JSON.readTree(health.body()).get("slack").asText()).isEqualTo("http");
    then(metrics.body()).contains("# TYPE s3403_acks_total counter").contains("s3403_acks_total{kind=\"command\"} 1")
        .contains("s3403_diagnoses_total{top_cause=");
  }

  /** {@code aws s3api get-bucket-policy --bucket bluefin-customs-filings} as the CLI prints it. */
  private String bucketPolicyOutput() throws Exception {
    JsonNode policy = p004.at("/bundle/buckets/bluefin-customs-filings/policy");
    ObjectNode out = JSON.createObjectNode().put("Policy", policy.toString());
    return "$ aws s3api get-bucket-policy --bucket bluefin-customs-filings\n" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
  }
}
