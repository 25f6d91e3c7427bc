package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The twenty public diagnosis scenarios of {@code spec/examples/scenarios}, copied to the test resources. */
final class Scenarios {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One scenario file; {@code bundle} is null for the text-only scenarios (p018, p019). */
  record Scenario(String id, JsonNode bundle) {
    @Override
    public String toString() {
      return id;
    }
  }

  private Scenarios() {}

  static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      String id = "p%03d".formatted(i);
      JsonNode file = resource("/scenarios/public/" + id + ".json");
      out.add(new Scenario(id, file.get("bundle")));
    }
    return out;
  }

  static List<Scenario> withBundles() {
    return all().stream().filter(s -> s.bundle() != null).toList();
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode resource(String path) {
    try (InputStream in = Scenarios.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("no test resource " + path);
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
