package dev.s3403.bot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.s3403.bot.conversation.ConversationEngine;
import dev.s3403.bot.playground.PlaygroundApi;
import dev.s3403.bot.slack.BoltJavalinAdapter;
import dev.s3403.bot.slack.SeenEvents;
import dev.s3403.bot.slack.SlackBot;
import dev.s3403.bot.slack.SlackGate;
import dev.s3403.prompts.Phraser;
import dev.s3403.prompts.PhrasingMetrics;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code s3-403 serve}: Javalin with Slack's events (HTTP mode) or a Socket Mode connection, {@code /healthz},
 * {@code /metrics} and the playground ({@code /playground/}, also at {@code /} without Slack). Holds no state that
 * another replica would need: Slack conversations live in their threads; the playground's live in memory only.
 */
public final class Server implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ServeConfig config;
  private final Metrics metrics;
  private final SlackBot bot;
  private final SocketModeApp socket;
  private final Javalin http;

  private Server(ServeConfig config, Clock clock) throws Exception {
    this.config = config;
    this.metrics = new Metrics(new PhrasingMetrics());
    ConversationEngine engine = new ConversationEngine(Phraser.fromEnvironment(config.llm(), metrics.phrasing()));
    this.bot = config.mode() == ServeConfig.Mode.NONE ? null : new SlackBot(config, engine, metrics, clock);
    SlackGate gate = config.mode() == ServeConfig.Mode.HTTP ? new SlackGate(config.signingSecret(), clock) : null;
    BoltJavalinAdapter adapter = gate == null ? null : new BoltJavalinAdapter(bot.app());
    SeenEvents seen = new SeenEvents(10_000);
    this.http = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.routes.get("/healthz", this::health);
      cfg.routes.get("/metrics", ctx -> {
        metrics.inc("s3403_requests_total", "route", "/metrics");
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render());
      });
      if (adapter != null) cfg.routes.post("/slack/events", ctx -> events(ctx, gate, seen, adapter));
      new PlaygroundApi(engine).register(cfg.routes);
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/playground";
        sf.directory = "/playground";
        sf.location = Location.CLASSPATH;
      });
      if (config.mode() == ServeConfig.Mode.NONE) cfg.routes.get("/", ctx -> ctx.redirect("/playground/"));
    });
    http.start(config.port());
    if (config.mode() == ServeConfig.Mode.SOCKET) {
      this.socket = new SocketModeApp(config.appToken(), SocketModeClient.Backend.JavaWebSocket, bot.app());
      socket.startAsync();
    } else {
      this.socket = null;
    }
  }

  public static Server start(ServeConfig config, Clock clock) throws Exception {
    return new Server(config, clock);
  }

  public int port() {
    return http.port();
  }

  public Metrics metrics() {
    return metrics;
  }

  private void health(Context ctx) {
    metrics.inc("s3403_requests_total", "route", "/healthz");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "ok");
    out.put("slack", config.mode().name().toLowerCase(java.util.Locale.ROOT));
    out.put("model", config.llm() instanceof dev.s3403.prompts.llm.LlmSettings.Reading.On ? "on" : "off");
    ctx.json(out);
  }

  /** The signature and timestamp first, then a retry of an event already taken in is acked and dropped, then Bolt. */
  private void events(Context ctx, SlackGate gate, SeenEvents seen, BoltJavalinAdapter adapter) throws Exception {
    String body = ctx.body();
    String refusal = gate.refusal(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), body);
    if (refusal != null) {
      metrics.inc("s3403_rejected_total", "reason", refusal.replace(' ', '_'));
      metrics.inc("s3403_requests_total", "route", "/slack/events", "status", "401");
      ctx.status(401).json(Map.of("error", "invalid request"));
      return;
    }
    String eventId = eventId(body);
    if (eventId != null && !seen.firstTime(eventId)) {
      metrics.inc("s3403_rejected_total", "reason", "retry");
      metrics.inc("s3403_requests_total", "route", "/slack/events", "status", "200");
      ctx.header("X-Slack-No-Retry", "1").status(200).result("");
      return;
    }
    adapter.handle(ctx, body);
    metrics.inc("s3403_requests_total", "route", "/slack/events", "status", String.valueOf(ctx.statusCode()));
  }

  /** The Events API envelope's id; form-encoded bodies (commands, interactions) have none. */
  private static String eventId(String body) {
    if (body == null || !body.startsWith("{")) return null;
    try {
      JsonNode node = JSON.readTree(body);
      return node.hasNonNull("event_id") ? node.get("event_id").asText() : null;
    } catch (Exception e) {
      return null;
    }
  }

  @Override
  public void close() {
    if (socket != null) closeSocket();
    http.stop();
    if (bot != null) bot.close();
  }

  /**
   * Bolt's {@link SocketModeApp#close()} leaves its client's message processor and session monitor running, and
   * disconnects only if Slack answers a ping, so the monitor could reconnect a closed server: close the client too.
   */
  private void closeSocket() {
    SocketModeClient client = socket.getClient();
    try {
      socket.close();
    } catch (Exception ignored) {
      // Shutting down: the connection goes with the process.
    }
    try {
      if (client != null) client.close();
    } catch (Exception ignored) {
      // As above.
    }
  }
}
