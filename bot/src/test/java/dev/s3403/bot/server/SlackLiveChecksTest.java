package dev.s3403.bot.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Run live checks" from Slack, with one WireMock as Slack's Web API and another as AWS: offered and run only where
 * the channel is mapped to the account; anywhere else, AWS hears nothing.
 */
class SlackLiveChecksTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  @RegisterExtension
  static WireMockExtension aws = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Duration ANSWERED = Duration.ofSeconds(15);
  private static final String ACCOUNT = "123456789012";

  private final FakeSlack slack = new FakeSlack(wm);
  private Server server;
  private SignedRequests requests;
  private JsonNode p004;

  @BeforeAll
  static void credentials() {
    // The bot's own credentials, as the default provider chain finds them.
    System.setProperty("aws.accessKeyId", "AKIDLIVECHECKTEST01");
    System.setProperty("aws.secretAccessKey", "live-check-test-secret");
  }

  @AfterAll
  static void forget() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @BeforeEach
  void start() throws Exception {
    slack.stubBasics();
    try (InputStream in = getClass().getResourceAsStream("/scenarios/p004.json")) {
      p004 = JSON.readTree(in);
    }
    // AWS: the bucket policy of p004; every other read answered as a collector without rights would see it.
    aws.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
        .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>R1</RequestId></Error>")));
    aws.stubFor(get(urlPathEqualTo("/bluefin-customs-filings")).withQueryParam("policy", com.github.tomakehurst.wiremock.client.WireMock.equalTo(""))
        .atPriority(1).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(p004.at("/bundle/buckets/bluefin-customs-filings/policy").toString())));
    Path config = Files.writeString(dir.resolve("s3-403.yaml"),
        "channels:\n  C0001:\n    accounts: [\"" + ACCOUNT + "\"]\n  C0002:\n    autoDetect: false\n");
    server = slack.startServer(Map.of("S3403_CONFIG", config.toString(), "S3403_AWS_ENDPOINT_URL", aws.baseUrl(),
        "AWS_REGION", "eu-west-1"));
    requests = new SignedRequests(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void should_offer_run_and_explain_live_checks_where_the_channel_is_mapped_to_the_account() throws Exception {
    // GIVEN p004's error in a channel mapped to its principal's account
    requests.send(SignedRequests.slashCommand(p004.get("error").asText(), slack.responseUrl(), "C0001"), FORM);
    List<Map<String, String>> posts = settled();
    then(String.join("", posts.stream().map(m -> m.getOrDefault("blocks", "")).toList())).contains("s3403_live_check");
    // WHEN the button is clicked
    requests.interaction(liveCheckClick("C0001", ACCOUNT));
    // THEN AWS is read (the bucket policy among the calls), and the thread gets the sharper diagnosis
    List<Map<String, String>> after = slack.awaitCalls("chat.postMessage", posts.size() + 2, ANSWERED);
    then(aws.getAllServeEvents()).anySatisfy(e -> then(e.getRequest().getUrl()).isEqualTo("/bluefin-customs-filings?policy"));
    String thread = String.join("", after.subList(posts.size(), after.size()).stream().map(m -> m.getOrDefault("blocks", "")).toList());
    then(thread).contains("perimeter-network-deny");
  }

  @Test
  void should_make_no_aws_call_from_a_channel_with_no_mapping_even_on_a_forged_click() throws Exception {
    // GIVEN the same error in a channel mapped to no account
    requests.send(SignedRequests.slashCommand(p004.get("error").asText(), slack.responseUrl(), "C0002"), FORM);
    List<Map<String, String>> posts = settled();
    // THEN no live check is offered
    then(String.join("", posts.stream().map(m -> m.getOrDefault("blocks", "")).toList())).doesNotContain("s3403_live_check");
    // WHEN a click arrives anyway
    requests.interaction(liveCheckClick("C0002", ACCOUNT));
    // THEN the user is told why, and AWS heard nothing at all
    Map<String, String> refusal = slack.awaitCalls("chat.postEphemeral", 1, ANSWERED).getFirst();
    then(refusal.get("text")).contains("not enabled for this channel");
    Thread.sleep(300);
    then(aws.getAllServeEvents()).isEmpty();
  }

  private String liveCheckClick(String channel, String account) {
    ObjectNode p = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0001").put("token", "legacy")
        .put("trigger_id", "1.2.3").put("response_url", slack.responseUrl());
    p.putObject("user").put("id", "U0ANA").put("username", "ana").put("team_id", "T0001");
    p.putObject("team").put("id", "T0001").put("domain", "acme");
    p.putObject("channel").put("id", channel).put("name", "storage-help");
    p.putObject("message").put("type", "message").put("bot_id", "B0BOT").put("text", "live")
        .put("ts", "1763805600.000300").put("thread_ts", FakeSlack.PARENT_TS);
    p.putArray("actions").addObject().put("action_id", "s3403_live_check").put("block_id", "live").put("value", account)
        .put("type", "button").put("action_ts", "1763805800.000001").putObject("text").put("type", "plain_text").put("text", "Run live checks");
    return p.toString();
  }

  private List<Map<String, String>> settled() throws InterruptedException {
    return slack.settled("chat.postMessage", ANSWERED);
  }
}
