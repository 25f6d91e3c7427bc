package dev.s3403.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.s3403.bot.conversation.ConversationEngine;
import dev.s3403.bot.server.Metrics;
import dev.s3403.bot.server.ServeConfig;
import java.time.Clock;

/**
 * The Bolt app: which Slack request goes to which listener. The listeners ack, hand the work to {@link Work},
 * and render; the conversation engine decides.
 */
public final class SlackBot implements AutoCloseable {
  private final App app;
  private final Work work;

  public SlackBot(ServeConfig config, ConversationEngine engine, Metrics metrics, Clock clock) {
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
    slackConfig.setPrettyResponseLoggingEnabled(false);
    AppConfig.AppConfigBuilder builder = AppConfig.builder().singleTeamBotToken(config.botToken())
        .slack(Slack.getInstance(slackConfig));
    if (config.signingSecret() != null) builder.signingSecret(config.signingSecret());
    this.app = new App(builder.build());
    // Four workers: on two cores, eight brought the last of 200 answers no sooner (2.6-2.9 s either way; SlackLoad).
    this.work = new Work(4, 512);
    Listeners listeners = new Listeners(engine, new ThreadConversations(engine, 2_000), new Replies(metrics), work,
        new RateLimits(10, 6, clock), metrics, config, new Recent(20), new LiveChecks(config));
    listeners.register(app);
  }

  public App app() {
    return app;
  }

  @Override
  public void close() {
    work.close();
    try {
      app.slack().close();   // its metrics threads would outlive the server
    } catch (Exception ignored) {
      // Shutting down: nothing left to tell.
    }
  }
}
