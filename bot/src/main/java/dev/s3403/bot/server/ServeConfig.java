package dev.s3403.bot.server;

import dev.s3403.prompts.llm.LlmSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code s3-403 serve} runs with, read from the environment. Secrets are held only to hand them to Slack's
 * client and the signature check; {@link #toString()} never prints them.
 *
 * @param slackApiUrl the Web API base with its trailing slash ({@code https://slack.com/api/} unless a proxy or
 *     GovSlack is configured)
 */
public record ServeConfig(Mode mode, String botToken, String signingSecret, String appToken, int port,
    String slackApiUrl, ChannelSettings channels, LlmSettings.Reading llm, Aws aws) {

  /**
   * Where live checks go: the region (null for the SDK's default chain) and one endpoint for every service
   * ({@code S3403_AWS_ENDPOINT_URL}: a proxy or a test double; null for AWS's own).
   */
  public record Aws(String region, String endpointUrl) {}

  public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";

  /** How Slack reaches the bot. */
  public enum Mode {
    /** No Slack variable: health, metrics and the playground only. */
    NONE,
    /** Slack POSTs to {@code /slack/events}, signed with the signing secret. */
    HTTP,
    /** The bot dials out over a WebSocket with the app-level token; no public URL needed. */
    SOCKET
  }

  /** The configuration, or the one line that says what to set. */
  public sealed interface Reading {
    record Ok(ServeConfig config) implements Reading {}

    record Invalid(String message) implements Reading {}
  }

  public static Reading from(Map<String, String> env) {
    String bot = value(env, "SLACK_BOT_TOKEN");
    String secret = value(env, "SLACK_SIGNING_SECRET");
    String app = value(env, "SLACK_APP_TOKEN");
    Mode mode;
    if (bot == null && secret == null && app == null) {
      mode = Mode.NONE;
    } else if (secret != null) {
      if (bot == null) return new Reading.Invalid("SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not; set SLACK_BOT_TOKEN (xoxb-…) for HTTP mode");
      mode = Mode.HTTP;
    } else if (app != null) {
      if (bot == null) return new Reading.Invalid("SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not; set SLACK_BOT_TOKEN (xoxb-…) for Socket Mode");
      if (!app.startsWith("xapp-")) return new Reading.Invalid("SLACK_APP_TOKEN does not start with xapp-; use the app-level token with connections:write");
      mode = Mode.SOCKET;
    } else {
      return new Reading.Invalid("SLACK_BOT_TOKEN is set alone; set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)");
    }
    int port = 3000;
    String p = value(env, "PORT");
    if (p != null) {
      try {
        port = Integer.parseInt(p);
        if (port < 0 || port > 65535) throw new NumberFormatException();
      } catch (NumberFormatException e) {
        return new Reading.Invalid("PORT is `" + p + "`; use a port number from 0 to 65535");
      }
    }
    String api = value(env, "S3403_SLACK_API_URL");
    if (api == null) api = DEFAULT_SLACK_API_URL;
    if (!isHttpUrl(api)) return new Reading.Invalid("S3403_SLACK_API_URL is not an http(s) URL; set it to the Web API base, such as " + DEFAULT_SLACK_API_URL);
    if (!api.endsWith("/")) api = api + "/";
    ChannelSettings channels = ChannelSettings.NONE;
    String file = value(env, "S3403_CONFIG");
    if (file != null) {
      switch (ChannelSettings.read(Path.of(file))) {
        case ChannelSettings.Read.Ok ok -> channels = ok.settings();
        case ChannelSettings.Read.Failed failed -> {
          return new Reading.Invalid("S3403_CONFIG `" + file + "`: " + failed.why());
        }
      }
    }
    LlmSettings.Reading llm = LlmSettings.from(env);
    if (llm instanceof LlmSettings.Reading.Invalid invalid) return new Reading.Invalid(invalid.message());
    String awsEndpoint = value(env, "S3403_AWS_ENDPOINT_URL");
    if (awsEndpoint != null && !isHttpUrl(awsEndpoint)) return new Reading.Invalid("S3403_AWS_ENDPOINT_URL is not an http(s) URL");
    String region = value(env, "AWS_REGION");
    return new Reading.Ok(new ServeConfig(mode, bot, secret, app, port, api, channels, llm, new Aws(region, awsEndpoint)));
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add("slack " + mode.name().toLowerCase(java.util.Locale.ROOT));
    parts.add("port " + port);
    if (!slackApiUrl.equals(DEFAULT_SLACK_API_URL)) parts.add("Web API " + slackApiUrl);
    parts.add(channels.size() + " configured channel(s)");
    parts.add(switch (llm) {
      case LlmSettings.Reading.On on -> "model " + on.settings();
      case LlmSettings.Reading.Off off -> "no model";
      case LlmSettings.Reading.Invalid invalid -> "model misconfigured";
    });
    return String.join(", ", parts);
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  private static boolean isHttpUrl(String s) {
    try {
      URI u = URI.create(s);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
