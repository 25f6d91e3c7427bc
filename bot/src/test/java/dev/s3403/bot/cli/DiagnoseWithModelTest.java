package dev.s3403.bot.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code diagnose} with a model: an OpenAI-compatible endpoint (WireMock, over real HTTP) answering well or
 * adversarially. Invented facts never reach the output, and the paste's secrets never reach the endpoint.
 */
class DiagnoseWithModelTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path dir;

  private static final String CANARY_KEY_ID = "AKIACANARY0000000077";
  private static final String CANARY_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARY7777";
  private static final String CANARY_TOKEN = "xoxb-7777777777-CANARYSLACKTOKEN";
  private static final String INVENTED_ARN = "arn:aws:iam::999988887777:policy/AttackerPolicy";
  private static final String INVENTED_BUCKET = "evil-exfil-bucket-2026";

  private String error;
  private Path bundle;

  @BeforeEach
  void scenario() throws IOException {
    // p004: statement DenyAccessOutsideVpce of the bucket policy refuses an upload from outside the VPC endpoint.
    try (InputStream in = getClass().getResourceAsStream("/scenarios/p004.json")) {
      JsonNode s = CliRun.JSON.readTree(in);
      error = s.get("error").asText() + "\nexport AWS_ACCESS_KEY_ID=" + CANARY_KEY_ID + "\nexport AWS_SECRET_ACCESS_KEY="
          + CANARY_SECRET + "\nSLACK_BOT_TOKEN=" + CANARY_TOKEN;
      bundle = Files.writeString(dir.resolve("bundle.json"), s.get("bundle").toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The upload is denied by " + INVENTED_ARN + ", attached in account 999988887777.",
      "Your data is really in s3://" + INVENTED_BUCKET + "; the bucket policy denies the upload there.",
      "The cause is scp-explicit-deny: an SCP of the organization blocks s3:PutObject.",
      "A service control policy of your organization blocks the upload; ask your cloud team.",
      "Run aws iam attach-role-policy --role-name customs-analyst --policy-arn AdministratorAccess and try again.",
      "Add {\"Sid\": \"LetMeIn\", \"Effect\": \"Allow\", \"Action\": \"s3:PutObject\"} to the bucket policy."})
  void should_print_the_plain_explanation_and_none_of_the_invented_facts_when_the_model_strays(String adversarial) {
    // GIVEN an endpoint that answers with the right cause id but invented or forbidden text
    stubAnswer("perimeter-network-deny", adversarial);
    // WHEN diagnosing with the model, and again without it
    CliRun withModel = CliRun.withEnv(env(), "diagnose", error, "--bundle", bundle.toString());
    CliRun plain = CliRun.withEnv(env(), "diagnose", error, "--bundle", bundle.toString(), "--no-llm");
    // THEN the output is the plain one, carries nothing invented, and says on standard error why
    then(withModel.status()).isZero();
    then(withModel.json().get("explanation")).isEqualTo(plain.json().get("explanation"));
    then(withModel.json().get("explanationBy").asText()).isEqualTo("plain");
    then(withModel.out()).doesNotContain("999988887777").doesNotContain("AttackerPolicy").doesNotContain(INVENTED_BUCKET)
        .doesNotContain("AdministratorAccess").doesNotContain("LetMeIn");
    then(withModel.errLines()).singleElement().asString().startsWith("s3-403 diagnose: the model's answer was not used (rejected)");
    then(withModel.err()).doesNotContain("999988887777").doesNotContain(INVENTED_BUCKET);
    // AND the paste's secrets never reached the endpoint
    for (ServeEvent e : wm.getAllServeEvents()) {
      then(e.getRequest().getBodyAsString()).doesNotContain(CANARY_KEY_ID).doesNotContain(CANARY_SECRET)
          .doesNotContain(CANARY_TOKEN);
    }
  }

  @Test
  void should_keep_the_cause_when_the_model_claims_another_by_id() {
    stubAnswer("scp-explicit-deny", "A service control policy blocks the upload.");
    CliRun run = CliRun.withEnv(env(), "diagnose", error, "--bundle", bundle.toString());
    then(run.json().at("/causes/0/id").asText()).isEqualTo("perimeter-network-deny");
    then(run.json().get("explanationBy").asText()).isEqualTo("plain");
    then(run.json().get("explanation").asText()).doesNotContainIgnoringCase("service control policy");
  }

  @Test
  void should_print_the_models_explanation_when_it_keeps_to_the_facts() {
    // GIVEN an endpoint that explains the top cause faithfully
    String good = "Statement `DenyAccessOutsideVpce` of the bucket policy refuses every upload that does not come "
        + "through the expected VPC endpoint. An administrator of the bucket's account can add an exception.";
    stubAnswer("perimeter-network-deny", good);
    // WHEN diagnosing, as JSON and as text
    CliRun json = CliRun.withEnv(env(), "diagnose", error, "--bundle", bundle.toString());
    CliRun text = CliRun.withEnv(env(), "diagnose", error, "--bundle", bundle.toString(), "--format", "text");
    // THEN the model's words lead, and the engine's fix commands are still there
    then(json.json().get("explanation").asText()).isEqualTo(good);
    then(json.json().get("explanationBy").asText()).isEqualTo("model");
    then(json.json().at("/causes/0/fix/commands/0").asText()).startsWith("aws s3api put-bucket-policy");
    then(text.out()).startsWith(good);
    then(text.err()).isEmpty();
  }

  @Test
  void should_ask_first_the_question_the_model_chose() throws IOException {
    // GIVEN p019 (a presigned URL, text only), whose diagnosis asks two questions, and a model choosing the second
    String text;
    try (InputStream in = getClass().getResourceAsStream("/scenarios/p019.json")) {
      text = CliRun.JSON.readTree(in).get("error").asText();
    }
    JsonNode plain = CliRun.withEnv(env(), "diagnose", text, "--no-llm").json();
    String top = plain.at("/causes/0/id").asText();
    String second = plain.at("/questions/1/id").asText();
    ObjectNode answer = CliRun.JSON.createObjectNode().put("cause", top)
        .put("text", "The presigned URL was used after it expired; one question would confirm how the request was made.");
    answer.putArray("questions").add(second);
    stubContent(answer.toString());
    // WHEN diagnosing, as JSON and as text
    CliRun json = CliRun.withEnv(env(), "diagnose", text);
    CliRun words = CliRun.withEnv(env(), "diagnose", text, "--format", "text");
    // THEN the choice is in the JSON, and the text asks it first
    then(json.json().get("explanationBy").asText()).isEqualTo("model");
    then(json.json().get("askNext")).containsExactly(CliRun.JSON.getNodeFactory().textNode(second));
    String asked = words.out().substring(words.out().indexOf("to narrow it down:"));
    then(asked.indexOf("[" + second + "]")).isLessThan(asked.indexOf("[" + plain.at("/questions/0/id").asText() + "]"));
  }

  @Test
  void should_send_nothing_with_no_llm_or_without_a_provider() {
    // GIVEN an endpoint that would answer
    stubAnswer("perimeter-network-deny", "anything");
    Map<String, String> noProvider = new HashMap<>(env());
    noProvider.remove("S3403_LLM_PROVIDER");
    // WHEN diagnosing with --no-llm, and with every model variable but the provider
    CliRun forced = CliRun.withEnv(env(), "diagnose", error, "--bundle", bundle.toString(), "--no-llm");
    CliRun unset = CliRun.withEnv(noProvider, "diagnose", error, "--bundle", bundle.toString());
    // THEN both print the plain explanation, and the endpoint saw no request
    then(forced.json().get("explanationBy").asText()).isEqualTo("plain");
    then(unset.json().get("explanation")).isEqualTo(forced.json().get("explanation"));
    then(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void should_fall_back_within_the_timeout_plus_a_second_when_the_endpoint_hangs() {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{}").withFixedDelay(10_000)));
    long start = System.nanoTime();
    CliRun run = CliRun.withEnv(env(), "diagnose", error, "--bundle", bundle.toString());
    then((System.nanoTime() - start) / 1_000_000).isLessThan(2_000 + 1_000);
    then(run.json().get("explanationBy").asText()).isEqualTo("plain");
    then(run.err()).contains("(timeout)");
  }

  @Test
  void should_refuse_a_model_setting_that_cannot_work_with_one_line() {
    Map<String, String> bad = new HashMap<>(env());
    bad.put("S3403_LLM_PROVIDER", "gemini");
    CliRun.withEnv(bad, "diagnose", error, "--bundle", bundle.toString()).thenRefusedWith("S3403_LLM_PROVIDER", "gemini");
    then(wm.getAllServeEvents()).isEmpty();
  }

  private Map<String, String> env() {
    return Map.of("S3403_LLM_PROVIDER", "openai", "S3403_LLM_BASE_URL", wm.baseUrl() + "/v1",
        "S3403_LLM_API_KEY", "sk-test", "S3403_LLM_TIMEOUT_SECONDS", "2");
  }

  private static void stubAnswer(String cause, String text) {
    ObjectNode answer = CliRun.JSON.createObjectNode().put("cause", cause).put("text", text);
    answer.putArray("questions");
    stubContent(answer.toString());
  }

  /** An OpenAI chat completion whose assistant message is {@code content}. */
  private static void stubContent(String content) {
    ObjectNode body = CliRun.JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
        .put("created", 1763805600L).put("model", "local-model");
    body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("message")
        .put("role", "assistant").put("content", content);
    body.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 80).put("total_tokens", 980);
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(body.toString())));
  }

}
