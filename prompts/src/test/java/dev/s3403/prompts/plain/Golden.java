package dev.s3403.prompts.plain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Golden text files: one per scenario, the explanation and the customer reply under two headings. */
final class Golden {
  /** Relative to the module, where Maven runs the tests. */
  static final Path FOLDER = Path.of("src/test/resources/golden/plain");
  /** {@code -Dgolden.update=true} rewrites the files instead of comparing with them. */
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  static String render(String id, String explanation, String customerReply) {
    return "# %s: explanation%n%n%s%n%n# %s: customer reply%n%n%s%n".formatted(id, explanation, id, customerReply)
        .replace(System.lineSeparator(), "\n");
  }

  static String read(String id) {
    try {
      Path file = FOLDER.resolve(id + ".txt");
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(String id, String text) {
    try {
      Files.createDirectories(FOLDER);
      Files.writeString(FOLDER.resolve(id + ".txt"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines that differ, as "-" (golden) and "+" (now), with the first differing column of each pair. */
  static String diff(String id, String expected, String actual) {
    List<String> was = expected.lines().toList();
    List<String> now = actual.lines().toList();
    StringBuilder out = new StringBuilder("%s differs from golden/plain/%s.txt (run with -Dgolden.update=true to accept):%n"
        .formatted(id, id));
    for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
      String a = i < was.size() ? was.get(i) : "";
      String b = i < now.size() ? now.get(i) : "";
      if (a.equals(b)) continue;
      int column = 0;
      while (column < Math.min(a.length(), b.length()) && a.charAt(column) == b.charAt(column)) column++;
      int from = Math.max(0, column - 30);
      out.append("line %d, from column %d: golden «…%s» now «…%s»%n- %s%n+ %s%n".formatted(i + 1, column + 1,
          a.substring(Math.min(from, a.length()), Math.min(a.length(), column + 40)),
          b.substring(Math.min(from, b.length()), Math.min(b.length(), column + 40)), a, b));
    }
    return out.toString();
  }
}
