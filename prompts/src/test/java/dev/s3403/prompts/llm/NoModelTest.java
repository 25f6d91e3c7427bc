package dev.s3403.prompts.llm;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.prompts.Diagnoses;
import dev.s3403.prompts.Phraser;
import dev.s3403.prompts.Phrasing;
import dev.s3403.prompts.PhrasingMetrics;
import dev.s3403.prompts.Task;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Without a provider, the phrasing is the plain one and nothing is sent anywhere. */
class NoModelTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void should_phrase_plainly_and_send_nothing_when_no_provider_is_configured() {
    // GIVEN every model variable but the provider, pointing at a server that records what reaches it
    Map<String, String> env = Map.of("S3403_LLM_BASE_URL", wm.baseUrl() + "/v1", "S3403_LLM_API_KEY", "k",
        "OPENAI_API_KEY", "k", "S3403_LLM_MODEL", "gpt-4o-mini");
    PhrasingMetrics metrics = new PhrasingMetrics();
    Phraser phraser = Phraser.fromEnvironment(LlmSettings.from(env), metrics);
    Diagnosis d = Diagnoses.of("p004", "");
    // WHEN every kind of phrasing is asked for
    for (Task task : Task.values()) {
      Phrasing p = phraser.phrase(task, d, "why?");
      then(p.source()).isEqualTo(Phrasing.Source.PLAIN);
      then(p.fallback()).isNull();
      then(p.text()).isEqualTo(task.plain(d));
    }
    // THEN nothing reached the server, and the phrasings count as plain, not as fallbacks
    then(phraser.usesModel()).isFalse();
    then(wm.getAllServeEvents()).isEmpty();
    then(metrics.plainOnly()).isEqualTo(Task.values().length);
    then(metrics.fallbacks()).isZero();
  }
}
