package dev.s3403.bot.server;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The rest of the bot over real HTTP: the modal, the buttons, the shortcut, auto-detection, App Home, rate limits. */
class SlackInteractionsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Duration ANSWERED = Duration.ofSeconds(10);

  private final FakeSlack slack = new FakeSlack(wm);
  private Server server;
  private SignedRequests requests;

  @BeforeEach
  void start() throws Exception {
    slack.stubBasics();
    Path config = Files.writeString(dir.resolve("s3-403.yaml"), "channels:\n  C0009SUPPORT:\n    autoDetect: true\n");
    server = slack.startServer(Map.of("S3403_CONFIG", config.toString()));
    requests = new SignedRequests(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void should_open_the_paste_modal_and_post_its_diagnosis_with_the_pasted_policy() throws Exception {
    // GIVEN /s3-403 with nothing after it
    HttpResponse<String> ack = requests.send(SignedRequests.slashCommand("", slack.responseUrl()), FORM);
    // THEN the modal opens on the command's trigger
    then(ack.statusCode()).isEqualTo(200);
    Map<String, String> open = slack.awaitCalls("views.open", 1, ANSWERED).getFirst();
    then(open.get("trigger_id")).isEqualTo("13345224609.738474920.8088930838d88f008e0");
    then(JSON.readTree(open.get("view")).get("callback_id").asText()).isEqualTo("s3403_modal");
    // WHEN the user submits p004's error with its bucket policy
    JsonNode p004 = scenario("p004");
    HttpResponse<String> submitted = requests.interaction(viewSubmission(p004.get("error").asText(), bucketPolicyOutput(p004)));
    // THEN the form closes and the diagnosis, confirmed by the policy, is posted in the channel
    then(submitted.statusCode()).isEqualTo(200);
    Map<String, String> parent = slack.awaitCalls("chat.postMessage", 1, ANSWERED).getFirst();
    then(parent.get("channel")).isEqualTo("C0001");
    then(parent.get("blocks")).contains("perimeter-network-deny").contains("confirmed");
  }

  @Test
  void should_keep_the_forms_pastes_in_the_thread_so_a_restart_loses_nothing() throws Exception {
    // GIVEN a diagnosis made from the form with p004's bucket policy, posted by a server that then restarts
    JsonNode p004 = scenario("p004");
    requests.interaction(viewSubmission(p004.get("error").asText(), bucketPolicyOutput(p004)));
    List<Map<String, String>> posts = settled();
    String state = posts.getFirst().get("metadata");
    String input = posts.stream().map(m -> m.get("metadata")).filter(m -> m != null && m.contains("s3_403_input")).findFirst().orElseThrow();
    server.close();
    wm.resetRequests();
    server = slack.startServer(Map.of());
    requests = new SignedRequests(server.port());
    ObjectNode parent = botMessage(FakeSlack.PARENT_TS, state);
    ObjectNode given = botMessage("1763805600.000150", input);
    slack.replies(parent.toString(), given.toString());
    // WHEN the user pastes the same error again in the thread
    requests.send(SignedRequests.threadReply("Ev0AGAIN01", p004.get("error").asText(), "1763805700.000200", FakeSlack.PARENT_TS),
        "application/json");
    // THEN the rebuilt conversation still has the policy: the cause stays confirmed
    Map<String, String> update = slack.awaitCalls("chat.postMessage", 1, ANSWERED).getFirst();
    then(update.get("blocks")).contains("perimeter-network-deny").contains("confirmed");
  }

  private static ObjectNode botMessage(String ts, String metadata) throws Exception {
    ObjectNode m = JSON.createObjectNode().put("type", "message").put("subtype", "bot_message").put("bot_id", "B0BOT")
        .put("app_id", "A0001").put("text", "…").put("ts", ts).put("thread_ts", FakeSlack.PARENT_TS);
    m.set("metadata", JSON.readTree(metadata));
    return m;
  }

  @Test
  void should_refuse_an_empty_modal_with_an_error_on_the_field() throws Exception {
    HttpResponse<String> submitted = requests.interaction(viewSubmission("  ", ""));
    then(JSON.readTree(submitted.body()).get("response_action").asText()).isEqualTo("errors");
    then(submitted.body()).contains("\"error\"");
  }

  @Test
  void should_narrow_the_causes_when_a_question_is_answered_with_a_button() throws Exception {
    // GIVEN p019 diagnosed from its text, which asks whether the object exists
    requests.send(SignedRequests.slashCommand(scenario("p019").get("error").asText(), slack.responseUrl()), FORM);
    List<Map<String, String>> first = settled();
    then(String.join("", first.stream().map(m -> m.getOrDefault("blocks", "")).toList())).contains("object-exists=yes");
    // WHEN the user clicks "yes"
    HttpResponse<String> ack = requests.interaction(blockAction("s3403_answer_1", "object-exists=yes"));
    // THEN the thread hears what changed
    then(ack.statusCode()).isEqualTo(200);
    List<Map<String, String>> posts = slack.awaitCalls("chat.postMessage", first.size() + 1, ANSWERED);
    Map<String, String> update = posts.get(first.size());
    then(update.get("thread_ts")).isEqualTo(FakeSlack.PARENT_TS);
    then(update.get("blocks")).contains("missing-object-masked-as-403");
    then(update.get("metadata")).contains("object-exists");
  }

  @Test
  void should_draft_a_customer_reply_in_the_thread_when_asked() throws Exception {
    requests.send(SignedRequests.slashCommand(scenario("p004").get("error").asText(), slack.responseUrl()), FORM);
    List<Map<String, String>> first = settled();
    requests.interaction(blockAction("s3403_customer_reply", "bucket-policy-explicit-deny"));
    Map<String, String> draft = slack.awaitCalls("chat.postMessage", first.size() + 1, ANSWERED).get(first.size());
    then(draft.get("thread_ts")).isEqualTo(FakeSlack.PARENT_TS);
    then(draft.get("blocks")).containsIgnoringCase("draft").doesNotContain("123456789012");
  }

  @Test
  void should_count_feedback_and_thank_the_user_privately() throws Exception {
    requests.interaction(blockAction("s3403_feedback_wrong", "perimeter-network-deny"));
    Map<String, String> thanks = slack.awaitCalls("chat.postEphemeral", 1, ANSWERED).getFirst();
    then(thanks.get("user")).isEqualTo("U0ANA");
    then(thanks.get("text")).contains("wrong");
    then(server.metrics().render()).contains("s3403_feedback_total{verdict=\"wrong\",top_cause=\"perimeter-network-deny\"} 1");
  }

  @Test
  void should_answer_the_shortcut_in_the_messages_thread_with_a_reply_draft() throws Exception {
    // GIVEN a customer's report in a support channel, and the "Diagnose S3 403" shortcut on it
    ObjectNode p = JSON.createObjectNode().put("type", "message_action").put("token", "legacy").put("action_ts", "1763805800.000001")
        .put("callback_id", "s3403_diagnose_message").put("trigger_id", "1.2.3").put("message_ts", "1763805500.000100")
        .put("response_url", slack.responseUrl());
    p.putObject("team").put("id", "T0001").put("domain", "acme");
    p.putObject("user").put("id", "U0SAM").put("name", "sam");
    p.putObject("channel").put("id", "C0002").put("name", "support");
    p.putObject("message").put("type", "message").put("user", "U0CUST").put("text", scenario("p004").get("error").asText())
        .put("ts", "1763805500.000100");
    // WHEN it is used
    then(requests.interaction(p.toString()).statusCode()).isEqualTo(200);
    // THEN the diagnosis and a customer reply draft go into that message's thread
    List<Map<String, String>> posts = slack.awaitCalls("chat.postMessage", 3, ANSWERED);
    then(posts).allSatisfy(m -> {
      then(m.get("channel")).isEqualTo("C0002");
      then(m.get("thread_ts")).isEqualTo("1763805500.000100");
    });
    then(posts.get(1).get("blocks")).contains("Category:").contains("resource-based policies").contains("bucket owner");
    then(posts.get(2).get("blocks")).containsIgnoringCase("draft");
  }

  @Test
  void should_answer_a_pasted_403_by_itself_only_where_auto_detection_is_on() throws Exception {
    String error = scenario("p004").get("error").asText();
    // GIVEN the same paste in a channel with auto-detection and in one without
    requests.send(SignedRequests.channelMessage("Ev0AUTO01", "C0009SUPPORT", error, "1763805510.000100"), "application/json");
    requests.send(SignedRequests.channelMessage("Ev0AUTO02", "C0001", error, "1763805511.000100"), "application/json");
    // THEN only the first is answered, in its thread
    List<Map<String, String>> posts = settled();
    then(posts).isNotEmpty().allSatisfy(m -> {
      then(m.get("channel")).isEqualTo("C0009SUPPORT");
      then(m.get("thread_ts")).isEqualTo("1763805510.000100");
    });
  }

  @Test
  void should_publish_app_home_with_the_configuration() throws Exception {
    ObjectNode home = JSON.createObjectNode().put("type", "app_home_opened").put("user", "U0ANA").put("channel", "D0001")
        .put("tab", "home").put("event_ts", "1763805900.000100");
    requests.send(SignedRequests.event("Ev0HOME01", home), "application/json");
    Map<String, String> publish = slack.awaitCalls("views.publish", 1, ANSWERED).getFirst();
    then(publish.get("user_id")).isEqualTo("U0ANA");
    then(publish.get("view")).contains("Language model: off").contains("Channels answering pasted 403s automatically: 1");
  }

  @Test
  void should_ask_a_user_to_slow_down_past_the_rate() throws Exception {
    // GIVEN one user sending eleven commands at once
    List<String> acks = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      acks.add(requests.send(SignedRequests.slashCommand(scenario("p004").get("error").asText(), slack.responseUrl()), FORM).body());
    }
    // THEN the first ten are taken and the eleventh is told to wait
    then(acks.subList(0, 10)).allSatisfy(a -> then(a).contains("Looking into it"));
    then(acks.get(10)).contains("please give it");
    then(server.metrics().render()).contains("s3403_rejected_total{reason=\"rate\"} 1");
  }

  // --- payloads ------------------------------------------------------------------------------------------------

  private String viewSubmission(String error, String pastes) {
    ObjectNode p = JSON.createObjectNode().put("type", "view_submission").put("api_app_id", "A0001").put("token", "legacy")
        .put("trigger_id", "1.2.3");
    p.putObject("team").put("id", "T0001").put("domain", "acme");
    p.putObject("user").put("id", "U0ANA").put("username", "ana").put("name", "ana").put("team_id", "T0001");
    ObjectNode view = p.putObject("view").put("id", "V0001").put("team_id", "T0001").put("type", "modal")
        .put("private_metadata", "C0001").put("callback_id", "s3403_modal").put("hash", "1763805800.abc").put("app_id", "A0001")
        .put("bot_id", "B0BOT");
    view.putArray("blocks");
    view.putObject("title").put("type", "plain_text").put("text", "Diagnose an S3 403");
    ObjectNode values = view.putObject("state").putObject("values");
    values.putObject("error").putObject("error").put("type", "plain_text_input").put("value", error);
    values.putObject("pastes").putObject("pastes").put("type", "plain_text_input").put("value", pastes);
    p.putArray("response_urls");
    return p.toString();
  }

  private String blockAction(String actionId, String value) {
    ObjectNode p = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0001").put("token", "legacy")
        .put("trigger_id", "1.2.3").put("response_url", slack.responseUrl());
    p.putObject("user").put("id", "U0ANA").put("username", "ana").put("team_id", "T0001");
    p.putObject("team").put("id", "T0001").put("domain", "acme");
    p.putObject("container").put("type", "message").put("message_ts", "1763805600.000200").put("channel_id", "C0001")
        .put("is_ephemeral", false).put("thread_ts", FakeSlack.PARENT_TS);
    p.putObject("channel").put("id", "C0001").put("name", "storage-help");
    p.putObject("message").put("type", "message").put("bot_id", "B0BOT").put("text", "diagnosis")
        .put("ts", "1763805600.000200").put("thread_ts", FakeSlack.PARENT_TS);
    p.putArray("actions").addObject().put("action_id", actionId).put("block_id", "b1").put("value", value)
        .put("type", "button").put("action_ts", "1763805800.000001").putObject("text").put("type", "plain_text").put("text", "yes");
    return p.toString();
  }

  private List<Map<String, String>> settled() throws InterruptedException {
    return slack.settled("chat.postMessage", ANSWERED);
  }

  private JsonNode scenario(String id) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/scenarios/" + id + ".json")) {
      return JSON.readTree(in);
    }
  }

  private static String bucketPolicyOutput(JsonNode s) throws Exception {
    JsonNode policy = s.at("/bundle/buckets/bluefin-customs-filings/policy");
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.createObjectNode().put("Policy", policy.toString()));
  }
}
