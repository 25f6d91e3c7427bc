package dev.s3403.bot.server;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mode follows the Slack variables given; a half-configured mode says what to set, in one line. */
class ServeConfigTest {
  @TempDir
  Path dir;

  @Test
  void should_run_without_slack_when_no_slack_variable_is_set() {
    ServeConfig c = ok(Map.of());
    then(c.mode()).isEqualTo(ServeConfig.Mode.NONE);
    then(c.port()).isEqualTo(3000);
    then(c.slackApiUrl()).isEqualTo("https://slack.com/api/");
  }

  @Test
  void should_choose_http_with_a_signing_secret_and_socket_mode_with_an_app_token() {
    then(ok(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s")).mode()).isEqualTo(ServeConfig.Mode.HTTP);
    then(ok(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1-A1-1-x")).mode()).isEqualTo(ServeConfig.Mode.SOCKET);
  }

  @Test
  void should_never_print_a_secret() {
    ServeConfig c = ok(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-1", "SLACK_SIGNING_SECRET", "sig-secret-2",
        "S3403_SLACK_API_URL", "https://slack-gov.com/api"));
    then(c.toString()).doesNotContain("xoxb-secret-1").doesNotContain("sig-secret-2").contains("https://slack-gov.com/api/");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      bot token alone      | SLACK_BOT_TOKEN=xoxb-1                        | SLACK_BOT_TOKEN is set alone; set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)
      secret alone         | SLACK_SIGNING_SECRET=s                        | SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not; set SLACK_BOT_TOKEN (xoxb-…) for HTTP mode
      app token alone      | SLACK_APP_TOKEN=xapp-1                        | SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not; set SLACK_BOT_TOKEN (xoxb-…) for Socket Mode
      wrong app token      | SLACK_BOT_TOKEN=xoxb-1,SLACK_APP_TOKEN=xoxb-2 | SLACK_APP_TOKEN does not start with xapp-; use the app-level token with connections:write
      bad port             | PORT=http                                     | PORT is `http`; use a port number from 0 to 65535
      bad Web API URL      | S3403_SLACK_API_URL=slack.com/api             | S3403_SLACK_API_URL is not an http(s) URL; set it to the Web API base, such as https://slack.com/api/
      missing config file  | S3403_CONFIG=/nonexistent/s3-403.yaml         | S3403_CONFIG `/nonexistent/s3-403.yaml`: cannot be read (NoSuchFileException)
      bad model setting    | S3403_LLM_PROVIDER=gemini                     | S3403_LLM_PROVIDER is `gemini`; use one of none, openai, anthropic, ollama
      """)
  void should_say_what_to_set_when_the_configuration_cannot_work(String situation, String env, String message) {
    Map<String, String> vars = new HashMap<>();
    for (String pair : env.split(",")) vars.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    then(ServeConfig.from(vars)).as(situation).isEqualTo(new ServeConfig.Reading.Invalid(message));
  }

  @Test
  void should_read_channel_settings_from_yaml_or_json() throws Exception {
    Path yaml = Files.writeString(dir.resolve("c.yaml"), "channels:\n  C0123456789:\n    autoDetect: true\n    accounts: [\"111122223333\"]\n");
    Path json = Files.writeString(dir.resolve("c.json"), "{\"channels\": {\"G0123456789\": {\"autoDetect\": false}}}");
    then(ok(Map.of("S3403_CONFIG", yaml.toString())).channels().channel("C0123456789"))
        .isEqualTo(new ChannelSettings.Channel(true, java.util.List.of("111122223333")));
    then(ok(Map.of("S3403_CONFIG", json.toString())).channels().channel("G0123456789").autoDetect()).isFalse();
    then(ok(Map.of("S3403_CONFIG", json.toString())).channels().channel("C9999999999").autoDetect()).isFalse();
  }

  @Test
  void should_name_the_place_when_the_channel_settings_are_malformed() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "channels:\n  C0123456789:\n    autoDetect: [oops\n");
    Path badId = Files.writeString(dir.resolve("id.yaml"), "channels:\n  general:\n    autoDetect: true\n");
    Path badFlag = Files.writeString(dir.resolve("flag.yaml"), "channels:\n  C0123456789:\n    autoDetect: sometimes\n");
    Path badAccount = Files.writeString(dir.resolve("acct.yaml"), "channels:\n  C0123456789:\n    accounts: [\"12345\"]\n");
    then(invalid(broken)).startsWith("S3403_CONFIG `" + broken + "`: is not YAML or JSON at line");
    then(invalid(badId)).endsWith("`channels.general` is not a Slack channel id (like C0123456789)");
    then(invalid(badFlag)).endsWith("`channels.C0123456789.autoDetect` must be true or false");
    then(invalid(badAccount)).endsWith("`channels.C0123456789.accounts` holds `12345`, not a 12-digit account id");
  }

  private static String invalid(Path file) {
    return ((ServeConfig.Reading.Invalid) ServeConfig.from(Map.of("S3403_CONFIG", file.toString()))).message();
  }

  private static ServeConfig ok(Map<String, String> env) {
    ServeConfig.Reading r = ServeConfig.from(env);
    then(r).isInstanceOf(ServeConfig.Reading.Ok.class);
    return ((ServeConfig.Reading.Ok) r).config();
  }
}
