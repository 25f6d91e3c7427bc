package dev.s3403.prompts.llm;

import static org.assertj.core.api.BDDAssertions.then;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model is chosen by environment; a setting that cannot work says which variable and what to set. */
class LlmSettingsTest {
  @Test
  void should_be_off_when_no_provider_is_set_even_with_a_key_and_a_url() {
    // GIVEN a key and a URL but no provider WHEN read THEN no model is used
    then(LlmSettings.from(Map.of("OPENAI_API_KEY", "sk-x", "S3403_LLM_BASE_URL", "http://localhost:1")))
        .isInstanceOf(LlmSettings.Reading.Off.class);
    then(LlmSettings.from(Map.of("S3403_LLM_PROVIDER", "none"))).isInstanceOf(LlmSettings.Reading.Off.class);
  }

  @Test
  void should_take_the_providers_usual_key_variable_and_its_defaults() {
    // GIVEN only the provider and OpenAI's usual key variable
    LlmSettings s = on(Map.of("S3403_LLM_PROVIDER", "OpenAI", "OPENAI_API_KEY", "sk-test"));
    // THEN OpenAI's base URL, a default model and the 20 s timeout are used, and the key never prints
    then(s.provider()).isEqualTo(Provider.OPENAI);
    then(s.baseUrl()).isEqualTo("https://api.openai.com/v1");
    then(s.apiKey()).isEqualTo("sk-test");
    then(s.timeout()).isEqualTo(Duration.ofSeconds(20));
    then(s.pseudonymize()).isFalse();
    then(s.toString()).doesNotContain("sk-test").contains("with a key");
  }

  @Test
  void should_prefer_s3403_llm_api_key_over_the_providers_variable() {
    LlmSettings s = on(Map.of("S3403_LLM_PROVIDER", "anthropic", "ANTHROPIC_API_KEY", "a", "S3403_LLM_API_KEY", "b",
        "S3403_LLM_MODEL", "claude-sonnet-4-5", "S3403_LLM_TIMEOUT_SECONDS", "2.5", "S3403_LLM_PSEUDONYMIZE", "true"));
    then(s.apiKey()).isEqualTo("b");
    then(s.model()).isEqualTo("claude-sonnet-4-5");
    then(s.timeout()).isEqualTo(Duration.ofMillis(2500));
    then(s.pseudonymize()).isTrue();
  }

  @Test
  void should_accept_an_openai_compatible_endpoint_without_a_key() {
    // GIVEN a local OpenAI-compatible server (vLLM, LM Studio) WHEN no key is set THEN it is still usable
    LlmSettings s = on(Map.of("S3403_LLM_PROVIDER", "openai", "S3403_LLM_BASE_URL", "http://10.0.0.5:8000/v1/"));
    then(s.baseUrl()).isEqualTo("http://10.0.0.5:8000/v1");
    then(s.apiKey()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown provider | S3403_LLM_PROVIDER=gemini                          | S3403_LLM_PROVIDER is `gemini`; use one of none, openai, anthropic, ollama
      missing key      | S3403_LLM_PROVIDER=openai                          | S3403_LLM_PROVIDER is openai but no API key is set; set S3403_LLM_API_KEY (or OPENAI_API_KEY)
      bad timeout      | S3403_LLM_PROVIDER=ollama,S3403_LLM_TIMEOUT_SECONDS=soon | S3403_LLM_TIMEOUT_SECONDS is `soon`; use a number of seconds from 0.1 to 600
      zero timeout     | S3403_LLM_PROVIDER=ollama,S3403_LLM_TIMEOUT_SECONDS=0 | S3403_LLM_TIMEOUT_SECONDS is `0`; use a number of seconds from 0.1 to 600
      bad URL          | S3403_LLM_PROVIDER=ollama,S3403_LLM_BASE_URL=localhost:11434 | S3403_LLM_BASE_URL is not an http(s) URL; set it to the API's base, such as http://localhost:11434
      bad flag         | S3403_LLM_PROVIDER=ollama,S3403_LLM_PSEUDONYMIZE=yes | S3403_LLM_PSEUDONYMIZE is `yes`; use true or false
      """)
  void should_say_which_variable_to_fix_when_a_setting_cannot_work(String situation, String env, String message) {
    Map<String, String> vars = new java.util.HashMap<>();
    for (String pair : env.split(",")) vars.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    then(LlmSettings.from(vars)).as(situation).isEqualTo(new LlmSettings.Reading.Invalid(message));
  }

  private static LlmSettings on(Map<String, String> env) {
    LlmSettings.Reading r = LlmSettings.from(env);
    then(r).isInstanceOf(LlmSettings.Reading.On.class);
    return ((LlmSettings.Reading.On) r).settings();
  }
}
