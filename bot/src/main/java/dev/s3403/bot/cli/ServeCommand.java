package dev.s3403.bot.cli;

import dev.s3403.bot.server.ServeConfig;
import dev.s3403.bot.server.Server;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code s3-403 serve}: the Slack bot and the HTTP server, configured by the environment, until stopped. */
final class ServeCommand {
  private final PrintStream err;
  private final Map<String, String> env;

  ServeCommand(PrintStream err, Map<String, String> env) {
    this.err = err;
    this.env = env;
  }

  int run(String[] args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) throw new HelpRequested();
      throw new UsageException("takes no arguments; it reads SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, PORT, "
          + "S3403_SLACK_API_URL, S3403_CONFIG and S3403_LLM_* from the environment");
    }
    ServeConfig config = switch (ServeConfig.from(env)) {
      case ServeConfig.Reading.Ok ok -> ok.config();
      case ServeConfig.Reading.Invalid invalid -> throw new UsageException(invalid.message());
    };
    // Our own lines at info (feedback, failures); the server libraries only when something is wrong.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.com.slack.api", "warn");
    Server server;
    try {
      server = Server.start(config, Clock.systemUTC());
    } catch (Exception e) {
      throw new UsageException("cannot start: " + rootMessage(e));
    }
    err.println("s3-403 serve: listening on http://localhost:" + server.port() + " (" + config + ")");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Cli.OK;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
