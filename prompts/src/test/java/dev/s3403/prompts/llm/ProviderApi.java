package dev.s3403.prompts.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * How each provider's HTTP API looks on the wire, for WireMock to play it: the path, a successful answer and an
 * error body, in the shapes the real services send (OpenAI chat completions, Anthropic messages, Ollama chat).
 */
public enum ProviderApi {
  OPENAI("openai", "/v1", "/v1/chat/completions"),
  ANTHROPIC("anthropic", "/v1", "/v1/messages"),
  OLLAMA("ollama", "", "/api/chat");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String provider;
  private final String basePath;
  public final String path;

  ProviderApi(String provider, String basePath, String path) {
    this.provider = provider;
    this.basePath = basePath;
    this.path = path;
  }

  /** The environment that points s3-403 at this provider on the given server. */
  public Map<String, String> env(String serverUrl, double timeoutSeconds) {
    Map<String, String> env = new HashMap<>();
    env.put("S3403_LLM_PROVIDER", provider);
    env.put("S3403_LLM_BASE_URL", serverUrl + basePath);
    env.put("S3403_LLM_TIMEOUT_SECONDS", Double.toString(timeoutSeconds));
    if (this != OLLAMA) env.put("S3403_LLM_API_KEY", "test-key-" + provider);
    return env;
  }

  public LlmSettings settings(String serverUrl, double timeoutSeconds, boolean pseudonymize) {
    Map<String, String> env = env(serverUrl, timeoutSeconds);
    if (pseudonymize) env.put("S3403_LLM_PSEUDONYMIZE", "true");
    return ((LlmSettings.Reading.On) LlmSettings.from(env)).settings();
  }

  /** A 200 answer whose assistant text is {@code content}. */
  public String answer(String content) {
    ObjectNode out = JSON.createObjectNode();
    switch (this) {
      case OPENAI -> {
        out.put("id", "chatcmpl-AbC123").put("object", "chat.completion").put("created", 1763805600L).put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = out.putArray("choices").addObject();
        choice.put("index", 0).putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        out.putObject("usage").put("prompt_tokens", 812).put("completion_tokens", 96).put("total_tokens", 908);
        out.put("system_fingerprint", "fp_0ba0d124f1");
      }
      case ANTHROPIC -> {
        out.put("id", "msg_01XFDUDYJgAACzvnptvVoYEL").put("type", "message").put("role", "assistant").put("model", "claude-haiku-4-5");
        out.putArray("content").addObject().put("type", "text").put("text", content);
        out.put("stop_reason", "end_turn").putNull("stop_sequence");
        out.putObject("usage").put("input_tokens", 812).put("output_tokens", 96);
      }
      case OLLAMA -> {
        out.put("model", "llama3.1").put("created_at", "2026-11-22T10:00:00.000000Z");
        out.putObject("message").put("role", "assistant").put("content", content);
        out.put("done", true).put("done_reason", "stop").put("total_duration", 4_883_583_458L).put("load_duration", 1_334_875L)
            .put("prompt_eval_count", 812).put("prompt_eval_duration", 342_546_000L).put("eval_count", 96)
            .put("eval_duration", 4_535_599_000L);
      }
    }
    return out.toString();
  }

  /** The error body each service sends with the given status. */
  public String error(int status) {
    return switch (this) {
      case OPENAI -> status == 429
          ? "{\"error\":{\"message\":\"Rate limit reached for gpt-4o-mini in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1.\",\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}"
          : "{\"error\":{\"message\":\"The server had an error while processing your request. Sorry about that!\",\"type\":\"server_error\",\"param\":null,\"code\":null}}";
      case ANTHROPIC -> status == 429
          ? "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}"
          : "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}";
      case OLLAMA -> status == 429 ? "{\"error\":\"server busy, please try again.  maximum pending requests exceeded\"}"
          : "{\"error\":\"llama runner process has terminated: exit status 2\"}";
    };
  }
}
