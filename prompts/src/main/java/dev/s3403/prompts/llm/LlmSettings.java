package dev.s3403.prompts.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How to reach the model, read from the environment. The key is held here only to hand it to the client; it is
 * never printed ({@link #toString()} leaves it out).
 *
 * @param timeout the whole answer's budget: past it the plain phrasing is used
 * @param pseudonymize replace account ids, bucket and principal names by placeholders before sending
 */
public record LlmSettings(Provider provider, String model, String baseUrl, String apiKey, Duration timeout,
    boolean pseudonymize) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

  /** What the environment says: no model, a usable model, or a setting that cannot work. */
  public sealed interface Reading {
    record Off() implements Reading {}

    record On(LlmSettings settings) implements Reading {}

    /** One line naming the variable and what to set it to. */
    record Invalid(String message) implements Reading {}
  }

  public static Reading from(Map<String, String> env) {
    String name = value(env, "S3403_LLM_PROVIDER");
    if (name == null) return new Reading.Off();
    Provider provider = Provider.named(name);
    if (provider == null) {
      String known = Arrays.stream(Provider.values()).map(Provider::wireName).collect(Collectors.joining(", "));
      return new Reading.Invalid("S3403_LLM_PROVIDER is `" + name + "`; use one of " + known);
    }
    if (provider == Provider.NONE) return new Reading.Off();
    String baseUrl = value(env, "S3403_LLM_BASE_URL");
    if (baseUrl == null) baseUrl = provider.defaultBaseUrl();
    if (!isHttpUrl(baseUrl)) {
      return new Reading.Invalid("S3403_LLM_BASE_URL is not an http(s) URL; set it to the API's base, such as "
          + provider.defaultBaseUrl());
    }
    String key = value(env, "S3403_LLM_API_KEY");
    for (String variable : provider.keyVariables()) {
      if (key == null) key = value(env, variable);
    }
    // An OpenAI-compatible server on a private network often takes no key; only OpenAI itself insists.
    boolean ownEndpoint = value(env, "S3403_LLM_BASE_URL") != null;
    if (key == null && provider.needsKey() && !ownEndpoint) {
      String alternatives = provider.keyVariables().isEmpty() ? "" : " (or " + String.join(", ", provider.keyVariables()) + ")";
      return new Reading.Invalid("S3403_LLM_PROVIDER is " + provider.wireName() + " but no API key is set; set S3403_LLM_API_KEY"
          + alternatives);
    }
    Duration timeout = DEFAULT_TIMEOUT;
    String seconds = value(env, "S3403_LLM_TIMEOUT_SECONDS");
    if (seconds != null) {
      try {
        double s = Double.parseDouble(seconds);
        if (!(s > 0 && s <= 600)) throw new NumberFormatException();
        timeout = Duration.ofMillis(Math.round(s * 1000));
      } catch (NumberFormatException e) {
        return new Reading.Invalid("S3403_LLM_TIMEOUT_SECONDS is `" + seconds + "`; use a number of seconds from 0.1 to 600");
      }
    }
    String pseudo = value(env, "S3403_LLM_PSEUDONYMIZE");
    if (pseudo != null && !pseudo.equalsIgnoreCase("true") && !pseudo.equalsIgnoreCase("false")) {
      return new Reading.Invalid("S3403_LLM_PSEUDONYMIZE is `" + pseudo + "`; use true or false");
    }
    String model = value(env, "S3403_LLM_MODEL");
    return new Reading.On(new LlmSettings(provider, model != null ? model : provider.defaultModel(), stripSlash(baseUrl),
        key, timeout, "true".equalsIgnoreCase(pseudo)));
  }

  @Override
  public String toString() {
    return provider.wireName() + " " + model + " at " + baseUrl + (apiKey != null ? " (with a key)" : "") + ", timeout "
        + timeout.toMillis() + " ms" + (pseudonymize ? ", pseudonymized" : "");
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

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
