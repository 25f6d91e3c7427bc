package dev.s3403.prompts.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Builds the LangChain4j client for the configured provider. */
public final class ChatModels {
  /** Short: the answer is a paragraph, and a long one would be rejected by the guard anyway. */
  private static final int MAX_TOKENS = 700;

  private ChatModels() {}

  public static ChatModel of(LlmSettings s) {
    // No retries: a retry would spend the time budget, and the plain phrasing is always there to fall back on.
    // No request logging: the request carries the user's (redacted) text and the key's header.
    return switch (s.provider()) {
      case OPENAI -> OpenAiChatModel.builder().baseUrl(s.baseUrl()).apiKey(s.apiKey() != null ? s.apiKey() : "none")
          .modelName(s.model()).timeout(s.timeout()).maxRetries(0).temperature(0.2).maxTokens(MAX_TOKENS)
          .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(true)
          .logRequests(false).logResponses(false).build();
      case ANTHROPIC -> AnthropicChatModel.builder().baseUrl(s.baseUrl()).apiKey(s.apiKey() != null ? s.apiKey() : "none")
          .modelName(s.model()).timeout(s.timeout()).maxRetries(0).temperature(0.2).maxTokens(MAX_TOKENS)
          .logRequests(false).logResponses(false).build();
      case OLLAMA -> OllamaChatModel.builder().baseUrl(s.baseUrl()).modelName(s.model()).timeout(s.timeout())
          .maxRetries(0).temperature(0.2).numPredict(MAX_TOKENS)
          .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
          .logRequests(false).logResponses(false).build();
      case NONE -> throw new IllegalArgumentException("no model is configured");
    };
  }

  /** Whether the provider takes a JSON schema for the answer; the others are asked for JSON in the prompt. */
  public static boolean takesSchema(Provider p) {
    return switch (p) {
      case OPENAI, OLLAMA -> true;
      case ANTHROPIC, NONE -> false;
    };
  }
}
