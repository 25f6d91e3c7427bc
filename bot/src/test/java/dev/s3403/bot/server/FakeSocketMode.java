package dev.s3403.bot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Slack's Socket Mode server as a test plays it: a real WebSocket at {@code /link/} that says {@code hello} to each
 * connection, then pushes its envelopes, and records every message the client sends back.
 */
final class FakeSocketMode implements AutoCloseable {
  static final String HELLO = "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"applink-1\","
      + "\"build_number\":1,\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0001\"}}";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A message from the client, and when it arrived ({@link System#nanoTime()}). */
  record Received(JsonNode message, long atNanos) {}

  private final Javalin server;
  private final List<String> connections = new CopyOnWriteArrayList<>();
  private final Map<String, Long> pushedAtNanos = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  /** Starts on a free port; {@code envelopes} are pushed, in order, after the hello on every connection. */
  FakeSocketMode(String... envelopes) {
    this.server = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.routes.ws("/link/", ws -> {
        ws.onConnect(ctx -> {
          connections.add(String.valueOf(ctx.queryParam("ticket")));
          ctx.send(HELLO);
          for (String envelope : envelopes) {
            pushedAtNanos.put(JSON.readTree(envelope).get("envelope_id").asText(), System.nanoTime());
            ctx.send(envelope);
          }
        });
        ws.onMessage(ctx -> received.add(new Received(JSON.readTree(ctx.message()), System.nanoTime())));
      });
    }).start(0);
  }

  /** What {@code apps.connections.open} answers with: this server, with a ticket and the app id. */
  String url() {
    return "ws://localhost:" + server.port() + "/link/?ticket=t1&app_id=A0001";
  }

  /** The ticket of every connection made so far. */
  List<String> connections() {
    return List.copyOf(connections);
  }

  /** When the envelope went out, once it has. */
  Optional<Long> pushedAtNanos(String envelopeId) {
    return Optional.ofNullable(pushedAtNanos.get(envelopeId));
  }

  /** Waits for the client's reply to an envelope (its ack), or gives up at the timeout. */
  Optional<Received> awaitReply(String envelopeId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<Received> reply = received.stream()
          .filter(r -> envelopeId.equals(r.message().path("envelope_id").asText(null))).findFirst();
      if (reply.isPresent() || System.nanoTime() >= deadline) return reply;
      Thread.sleep(10);
    }
  }

  /** Waits until the envelope has been pushed to a connected client, or gives up at the timeout. */
  Optional<Long> awaitPushed(String envelopeId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (pushedAtNanos(envelopeId).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return pushedAtNanos(envelopeId);
  }

  @Override
  public void close() {
    server.stop();
  }
}
