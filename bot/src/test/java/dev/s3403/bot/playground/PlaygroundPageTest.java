package dev.s3403.bot.playground;

import static org.assertj.core.api.BDDAssertions.then;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaygroundPageTest {
  private static Playground playground;

  @BeforeAll
  static void start() throws Exception {
    playground = Playground.start();
  }

  @AfterAll
  static void stop() {
    playground.close();
  }

  @Test
  void should_serve_the_page_with_its_form_labels_at_playground() throws Exception {
    // WHEN
    HttpResponse<String> page = playground.get("/playground/");
    // THEN
    then(page.statusCode()).isEqualTo(200);
    then(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> then(t).startsWith("text/html"));
    then(page.body()).contains("<label for=\"error-text\"", "<label for=\"reply-text\"", "<label for=\"bundle-file\"",
        "aria-live=\"polite\"");
  }

  @Test
  void should_serve_the_page_at_playground_without_the_trailing_slash() throws Exception {
    // WHEN
    HttpResponse<String> page = playground.get("/playground");
    // THEN
    then(page.statusCode()).isEqualTo(200);
    then(page.body()).contains("<label for=\"error-text\"");
  }

  @Test
  void should_serve_the_page_at_the_root_when_no_slack_is_configured() throws Exception {
    // WHEN
    HttpResponse<String> root = playground.get("/");
    // THEN
    then(root.statusCode()).isEqualTo(200);
    then(root.uri().getPath()).isEqualTo("/playground/");
    then(root.body()).contains("<label for=\"error-text\"");
  }

  @Test
  void should_serve_the_page_at_playground_but_not_at_the_root_when_slack_is_configured() throws Exception {
    // GIVEN the server in Slack's HTTP mode (the Web API is not called before an event arrives)
    Map<String, String> env = Map.of("PORT", "0", "SLACK_BOT_TOKEN", "xoxb-test-token", "SLACK_SIGNING_SECRET", "secret",
        "S3403_SLACK_API_URL", "http://127.0.0.1:1/api/");
    try (Playground withSlack = Playground.start(env)) {
      // WHEN
      HttpResponse<String> page = withSlack.get("/playground/");
      HttpResponse<String> root = withSlack.get("/");
      // THEN
      then(page.statusCode()).isEqualTo(200);
      then(page.body()).contains("<label for=\"error-text\"");
      then(root.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void should_serve_the_script_and_the_style_sheet_beside_the_page() throws Exception {
    // WHEN
    HttpResponse<String> script = playground.get("/playground/playground.js");
    HttpResponse<String> style = playground.get("/playground/playground.css");
    // THEN
    then(script.statusCode()).isEqualTo(200);
    then(script.body()).doesNotContain("innerHTML");
    then(style.statusCode()).isEqualTo(200);
  }
}
