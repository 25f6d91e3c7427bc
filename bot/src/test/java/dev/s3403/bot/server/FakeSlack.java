package dev.s3403.bot.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Slack's Web API as WireMock plays it: form-encoded POSTs to {@code /api/<method>}, JSON answers. */
final class FakeSlack {
  static final String PARENT_TS = "1763805600.000100";

  private final WireMockExtension wm;

  FakeSlack(WireMockExtension wm) {
    this.wm = wm;
  }

  String apiUrl() {
    return wm.baseUrl() + "/api/";
  }

  String responseUrl() {
    return wm.baseUrl() + "/response-url/T0001/1/abc";
  }

  /** {@code s3-403 serve} in HTTP mode on a free port, calling this fake as its Web API. */
  Server startServer(Map<String, String> extra) throws Exception {
    var env = new java.util.HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-test-token", "SLACK_SIGNING_SECRET", SignedRequests.SECRET,
        "PORT", "0", "S3403_SLACK_API_URL", apiUrl()));
    env.putAll(extra);
    ServeConfig.Reading reading = ServeConfig.from(env);
    if (reading instanceof ServeConfig.Reading.Invalid invalid) throw new IllegalArgumentException(invalid.message());
    return Server.start(((ServeConfig.Reading.Ok) reading).config(), java.time.Clock.systemUTC());
  }

  /** The calls every test needs: identity, posting, ephemerals, views, response URLs. */
  void stubBasics() {
    wm.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(okJson(
        "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"Acme\",\"user\":\"s3-403\",\"team_id\":\"T0001\","
            + "\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\",\"is_enterprise_install\":false}")));
    wm.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(
        "{\"ok\":true,\"channel\":\"C0001\",\"ts\":\"" + PARENT_TS + "\",\"message\":{\"type\":\"message\",\"bot_id\":\"B0BOT\","
            + "\"text\":\"…\",\"user\":\"U0BOT\",\"ts\":\"" + PARENT_TS + "\"}}")));
    wm.stubFor(post(urlPathEqualTo("/api/chat.postEphemeral")).willReturn(okJson("{\"ok\":true,\"message_ts\":\"1763805601.000300\"}")));
    wm.stubFor(post(urlPathEqualTo("/api/views.open")).willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V0001\"}}")));
    wm.stubFor(post(urlPathEqualTo("/api/views.publish")).willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V0002\"}}")));
    wm.stubFor(post(urlPathMatching("/response-url/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
  }

  /** apps.connections.open answering with a Socket Mode URL, for the app-level token only (as Slack does). */
  void connectionsOpen(String appToken, String url) {
    wm.stubFor(post(urlPathEqualTo("/api/apps.connections.open")).withHeader("Authorization", equalTo("Bearer " + appToken))
        .willReturn(okJson("{\"ok\":true,\"url\":\"" + url + "\"}")));
  }

  /** chat.postMessage answering as for a channel the bot was never invited to. */
  void notInChannel() {
    wm.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));
  }

  /** conversations.replies answering with these messages (JSON objects). */
  void replies(String... messages) {
    wm.stubFor(post(urlPathEqualTo("/api/conversations.replies")).willReturn(okJson(
        "{\"ok\":true,\"messages\":[" + String.join(",", messages) + "],\"has_more\":false,\"response_metadata\":{\"next_cursor\":\"\"}}")));
  }

  /** The form parameters of every call to a Web API method, in order. */
  List<Map<String, String>> calls(String method) {
    return wm.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/api/" + method))
        .sorted((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()))
        .map(e -> form(e.getRequest().getBodyAsString())).toList();
  }

  /** The {@code Authorization} header of every call to a Web API method. */
  List<String> authorizations(String method) {
    return wm.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/api/" + method))
        .map(e -> e.getRequest().getHeader("Authorization")).toList();
  }

  List<ServeEvent> all() {
    return wm.getAllServeEvents();
  }

  /** Waits until {@code method} has been called {@code n} times; the work after an ack is asynchronous. */
  List<Map<String, String>> awaitCalls(String method, int n, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Map<String, String>> calls = calls(method);
    while (calls.size() < n && System.nanoTime() < deadline) {
      Thread.sleep(20);
      calls = calls(method);
    }
    return calls;
  }

  /** The calls once they stop growing (the work after an ack is asynchronous), waiting for the first. */
  List<Map<String, String>> settled(String method, Duration timeout) throws InterruptedException {
    List<Map<String, String>> calls = awaitCalls(method, 1, timeout);
    int size;
    do {
      size = calls.size();
      Thread.sleep(300);
      calls = calls(method);
    } while (calls.size() != size);
    return calls;
  }

  static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) return out;
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }
}
