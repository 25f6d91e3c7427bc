package dev.s3403.bot.slack.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files under {@code src/test/resources/golden/}: the expected JSON, pretty-printed. Run with
 * {@code -Dgolden.update=true} to write what the code renders now instead of comparing.
 */
final class Golden {
  private static final Path ROOT = Path.of("src/test/resources/golden");
  private static final int CONTEXT = 3;

  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  static Path path(String name) {
    return ROOT.resolve(name);
  }

  static String pretty(JsonNode json) {
    try {
      return Scenarios.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The golden file's text, after rewriting it first when updating; null when it does not exist. */
  static String expected(String name, String actual) {
    Path file = path(name);
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual);
      }
      return Files.exists(file) ? Files.readString(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first difference, as a unified-diff-like excerpt with line numbers; empty when equal. */
  static String diff(String expected, String actual) {
    if (expected.equals(actual)) return "";
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int first = 0;
    while (first < e.size() && first < a.size() && e.get(first).equals(a.get(first))) first++;
    int endE = e.size() - 1;
    int endA = a.size() - 1;
    while (endE >= first && endA >= first && e.get(endE).equals(a.get(endA))) {
      endE--;
      endA--;
    }
    StringBuilder out = new StringBuilder("@@ line %d @@%n".formatted(first + 1));
    for (int i = Math.max(0, first - CONTEXT); i < first; i++) out.append("  ").append(e.get(i)).append('\n');
    for (int i = first; i <= endE && i < first + 40; i++) out.append("- ").append(e.get(i)).append('\n');
    for (int i = first; i <= endA && i < first + 40; i++) out.append("+ ").append(a.get(i)).append('\n');
    for (int i = endE + 1; i < Math.min(e.size(), endE + 1 + CONTEXT); i++) out.append("  ").append(e.get(i)).append('\n');
    return out.toString();
  }
}
