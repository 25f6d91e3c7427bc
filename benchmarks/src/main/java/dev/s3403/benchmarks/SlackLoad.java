package dev.s3403.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Slack load benchmark: {@code s3-403 serve} (the real jar, in its own process) against a fake Slack Web API,
 * and N signed slash commands sent at once. Prints the ack latencies (p50, p99, max), how many were acked within
 * 3 s, and the time until the last diagnosis was posted.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.s3403.benchmarks.SlackLoad [N] [path/to/s3-403.jar]</pre>
 */
public final class SlackLoad {
  private static final String SECRET = "load-test-signing-secret";
  private static final String ERROR = "An error occurred (AccessDenied) when calling the PutObject operation: User: "
      + "arn:aws:sts::123456789012:assumed-role/customs-analyst/marta.lopez is not authorized to perform: s3:PutObject on "
      + "resource: \"arn:aws:s3:::bluefin-customs-filings/2026/11/22/CUS-88120.xml\" with an explicit deny in a resource-based policy";

  private SlackLoad() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path jar = Path.of(args.length > 1 ? args[1] : "bot/target/s3-403.jar");
    AtomicInteger posted = new AtomicInteger();
    long[] lastPost = new long[1];
    HttpServer slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
    slack.setExecutor(Executors.newFixedThreadPool(8));
    slack.createContext("/api/", exchange -> {
      String method = exchange.getRequestURI().getPath().substring("/api/".length());
      exchange.getRequestBody().readAllBytes();
      String body = switch (method) {
        case "auth.test" -> "{\"ok\":true,\"team_id\":\"T0001\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
        case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"C0001\",\"ts\":\"1763805600." + String.format("%06d", posted.incrementAndGet()) + "\"}";
        default -> "{\"ok\":true}";
      };
      if (method.equals("chat.postMessage") && body.contains("\"ok\":true")) {
        synchronized (lastPost) {
          lastPost[0] = System.nanoTime();
        }
      }
      reply(exchange, body);
    });
    slack.createContext("/response-url/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      reply(exchange, "ok");
    });
    slack.start();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ProcessBuilder pb = new ProcessBuilder(javaBin(), "-jar", jar.toString(), "serve");
    pb.environment().put("SLACK_BOT_TOKEN", "xoxb-load");
    pb.environment().put("SLACK_SIGNING_SECRET", SECRET);
    pb.environment().put("PORT", Integer.toString(port));
    pb.environment().put("S3403_SLACK_API_URL", "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/");
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process serve = pb.start();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(32)).build();
    try {
      waitHealthy(http, port);
      // One command first, so the JVM has loaded its classes: a cold start is not what Slack's 3 s measure.
      send(http, port, "warmup").join();
      Thread.sleep(500);
      int warmPosts = posted.get();
      List<Long> acks = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger ok = new AtomicInteger();
      long start = System.nanoTime();
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        long sent = System.nanoTime();
        all.add(send(http, port, "u" + i).thenAccept(r -> {
          acks.add((System.nanoTime() - sent) / 1_000_000);
          if (r.statusCode() == 200) ok.incrementAndGet();
        }));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      // Each command posts a parent and its details (one or more thread replies); wait until the count settles.
      long settle = System.nanoTime();
      int last = -1;
      while (System.nanoTime() - settle < TimeUnit.SECONDS.toNanos(60)) {
        int now = posted.get();
        if (now == last && now > warmPosts) break;
        last = now;
        Thread.sleep(1_000);
      }
      int perCommand = warmPosts > 0 ? warmPosts : 1;
      int answered = (posted.get() - warmPosts) / perCommand;
      long lastAnswerMs;
      synchronized (lastPost) {
        lastAnswerMs = (lastPost[0] - start) / 1_000_000;
      }
      List<Long> sorted = new ArrayList<>(acks);
      Collections.sort(sorted);
      long within3s = sorted.stream().filter(ms -> ms < 3_000).count();
      System.out.printf("commands %d, acked 200: %d, acked within 3 s: %d%n", n, ok.get(), within3s);
      System.out.printf("ack ms: p50 %d, p99 %d, max %d%n", pct(sorted, 50), pct(sorted, 99), sorted.getLast());
      System.out.printf("answered: %d of %d (%d Web API posts each), last answer %d ms after the first command%n", answered, n,
          perCommand, lastAnswerMs);
      System.out.printf("machine: %d cores%n", Runtime.getRuntime().availableProcessors());
    } finally {
      serve.destroy();
      serve.waitFor(10, TimeUnit.SECONDS);
      slack.stop(0);
      System.exit(0);
    }
  }

  private static CompletableFuture<HttpResponse<String>> send(HttpClient http, int port, String user) {
    String body = form("token", "legacy", "team_id", "T0001", "channel_id", "C0001", "user_id", user, "command", "/s3-403",
        "text", ERROR, "response_url", "http://127.0.0.1:1/unused", "trigger_id", "1.2.3", "api_app_id", "A0001");
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", sign(ts, body))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.sendAsync(r, HttpResponse.BodyHandlers.ofString());
  }

  private static void waitHealthy(HttpClient http, int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("serve did not become healthy in 60 s");
  }

  private static long pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static String sign(String ts, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String form(String... kv) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      if (!out.isEmpty()) out.append('&');
      out.append(URLEncoder.encode(kv[i], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
