package dev.s3403.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The prompt templates of {@code src/main/resources/prompts/}, filled in one pass. */
final class Templates {
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\w+)}}");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Templates() {}

  static String load(String resource) {
    return CACHE.computeIfAbsent(resource, r -> {
      try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(r)) {
        if (in == null) throw new IllegalStateException("prompt template " + r + " is missing from the jar");
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * The template with each {@code {{name}}} replaced. One pass: a value that itself contains {@code {{…}}} (a
   * user's paste can) stays as it is.
   */
  static String fill(String resource, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(load(resource));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) throw new IllegalArgumentException("no value for {{" + m.group(1) + "}} in " + resource);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
