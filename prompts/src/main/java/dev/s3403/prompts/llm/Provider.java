package dev.s3403.prompts.llm;

import java.util.List;
import java.util.Locale;

/**
 * The model providers s3-403 can talk to, with what each needs when the environment leaves it out.
 *
 * @param keyVariables the provider's usual API-key variables, read after {@code S3403_LLM_API_KEY}
 */
public enum Provider {
  NONE(null, null, List.of(), false),
  /** OpenAI, or any server that speaks its chat-completions API (vLLM, LM Studio, LiteLLM, Azure proxies). */
  OPENAI("gpt-4o-mini", "https://api.openai.com/v1", List.of("OPENAI_API_KEY"), true),
  ANTHROPIC("claude-haiku-4-5", "https://api.anthropic.com/v1", List.of("ANTHROPIC_API_KEY"), true),
  /** Runs on the user's machine or network; needs no key. */
  OLLAMA("llama3.1", "http://localhost:11434", List.of(), false);

  private final String defaultModel;
  private final String defaultBaseUrl;
  private final List<String> keyVariables;
  private final boolean needsKey;

  Provider(String defaultModel, String defaultBaseUrl, List<String> keyVariables, boolean needsKey) {
    this.defaultModel = defaultModel;
    this.defaultBaseUrl = defaultBaseUrl;
    this.keyVariables = keyVariables;
    this.needsKey = needsKey;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  String defaultModel() {
    return defaultModel;
  }

  String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  List<String> keyVariables() {
    return keyVariables;
  }

  boolean needsKey() {
    return needsKey;
  }

  /** The provider a value of {@code S3403_LLM_PROVIDER} names, or null. */
  static Provider named(String value) {
    for (Provider p : values()) {
      if (p.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) return p;
    }
    return null;
  }
}
