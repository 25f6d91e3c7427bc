package dev.s3403.bot.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.bot.slack.SlackGate;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/** Requests as Slack sends them to {@code /slack/events}: bodies, the v0 signature, the timestamp. */
final class SignedRequests {
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String eventsUrl;
  private final SlackGate signer = new SlackGate(SECRET, Clock.systemUTC());

  SignedRequests(int port) {
    this.eventsUrl = "http://localhost:" + port + "/slack/events";
  }

  static String slashCommand(String text, String responseUrl) {
    return slashCommand(text, responseUrl, "C0001");
  }

  static String slashCommand(String text, String responseUrl, String channel) {
    return formBody(pairs("token", "legacy", "team_id", "T0001", "team_domain", "acme", "channel_id", channel,
        "channel_name", "storage-help", "user_id", "U0ANA", "user_name", "ana", "command", "/s3-403", "text", text,
        "api_app_id", "A0001", "response_url", responseUrl, "trigger_id", "13345224609.738474920.8088930838d88f008e0"));
  }

  static String threadReply(String eventId, String text, String ts, String threadTs) {
    ObjectNode message = JSON.createObjectNode().put("type", "message").put("channel", "C0001").put("user", "U0ANA")
        .put("text", text).put("ts", ts).put("event_ts", ts).put("channel_type", "channel");
    if (threadTs != null) message.put("thread_ts", threadTs);
    return event(eventId, message);
  }

  /** A message in a channel, not in a thread. */
  static String channelMessage(String eventId, String channel, String text, String ts) {
    ObjectNode message = JSON.createObjectNode().put("type", "message").put("channel", channel).put("user", "U0CUST")
        .put("text", text).put("ts", ts).put("event_ts", ts).put("channel_type", "channel");
    return event(eventId, message);
  }

  /** An interaction (button, shortcut, modal) as Slack posts it: the JSON payload in a form field. */
  HttpResponse<String> interaction(String payloadJson) throws Exception {
    return send(formBody(Map.of("payload", payloadJson)), "application/x-www-form-urlencoded");
  }

  /** An Events API envelope around {@code event}. */
  static String event(String eventId, com.fasterxml.jackson.databind.node.ObjectNode event) {
    ObjectNode env = JSON.createObjectNode().put("token", "legacy").put("team_id", "T0001").put("api_app_id", "A0001")
        .put("type", "event_callback").put("event_id", eventId).put("event_time", 1763805700L);
    env.set("event", event);
    env.putArray("authorizations").addObject().put("team_id", "T0001").put("user_id", "U0BOT").put("is_bot", true);
    return env.toString();
  }

  HttpResponse<String> send(String body, String contentType) throws Exception {
    return send(body, contentType, Clock.systemUTC().instant().getEpochSecond(), null, Map.of());
  }

  HttpResponse<String> send(String body, String contentType, long timestamp, String signature, Map<String, String> headers)
      throws Exception {
    String ts = Long.toString(timestamp);
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(eventsUrl)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType).header("X-Slack-Request-Timestamp", ts)
        .header("X-Slack-Signature", signature != null ? signature : signer.sign(ts, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(r::header);
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> pairs(String... kv) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) out.put(kv[i], kv[i + 1]);
    return out;
  }

  static String formBody(Map<String, String> fields) {
    StringJoiner out = new StringJoiner("&");
    fields.forEach((k, v) -> out.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return out.toString();
  }
}
