package dev.s3403.diagnostics.parse;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every realistic paste in {@code pasted-errors/} against the result written by hand beside it
 * (docs/fixture-format.md). The expected files are ground truth, never copied from the parser's output.
 */
class ParserFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ErrorParser PARSER = new ErrorParser();

  /** Differences on held-out pastes that are known and explained in {@code known-differences.json}. */
  record Known(String fixture, String field, JsonNode actual) {}

  static final List<Known> KNOWN = known();

  static List<Known> known() {
    try (var in = ParserFixturesTest.class.getResourceAsStream("/pasted-errors/known-differences.json")) {
      List<Known> out = new ArrayList<>();
      if (in == null) return out;
      for (JsonNode k : JSON.readTree(in)) out.add(new Known(k.get("fixture").asText(), k.get("field").asText(), k.get("actual")));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Known knownFor(String fixture, String field) {
    return KNOWN.stream().filter(k -> k.fixture().equals(fixture) && k.field().equals(field)).findFirst().orElse(null);
  }

  record Fixture(String name, String text, ObjectNode expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Fixture> fixtures() {
    return all().stream();
  }

  static List<Fixture> all() {
    try {
      Path root = Path.of(ParserFixturesTest.class.getResource("/pasted-errors").toURI());
      List<Fixture> out = new ArrayList<>();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          Path json = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".expected.json"));
          String name = root.relativize(txt).toString().replaceFirst("\\.txt$", "");
          out.add(new Fixture(name, Files.readString(txt, StandardCharsets.UTF_8),
              (ObjectNode) JSON.readTree(json.toFile())));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void should_read_every_field_as_written_by_hand(Fixture fixture) {
    // GIVEN
    ObjectNode expected = fixture.expected().deepCopy();
    JsonNode kinds = expected.remove("warningKinds");
    // WHEN
    ParsedError parsed = PARSER.parse(fixture.text());
    ObjectNode actual = ParsedErrorJson.toJson(parsed);
    // THEN
    List<String> differences = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode got = actual.get(field.getKey());
      Known known = knownFor(fixture.name(), field.getKey());
      if (known != null) {
        // A listed difference must still be exactly as listed: a change either way is news.
        if (!known.actual().equals(got)) {
          differences.add("%s: listed as a known difference giving %s, but now gives %s; update known-differences.json"
              .formatted(field.getKey(), known.actual(), got));
        }
      } else if (!field.getValue().equals(got)) {
        differences.add("%s: expected %s but was %s".formatted(field.getKey(), field.getValue(), got));
      }
    }
    if (kinds != null) {
      for (JsonNode kind : kinds) {
        boolean present = parsed.warnings().stream().anyMatch(w -> w.startsWith(kind.asText() + ":"));
        Known known = knownFor(fixture.name(), "warnings:" + kind.asText());
        if (known != null ? present != known.actual().asBoolean() : !present) {
          differences.add("warnings: expected a `%s` warning in %s".formatted(kind.asText(), parsed.warnings()));
        }
      }
    }
    then(differences).as(fixture.name()).isEmpty();
  }
}
