package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.s3403.diagnostics.evidence.paste.Output.Broken;
import dev.s3403.diagnostics.evidence.paste.Output.Error;
import dev.s3403.diagnostics.evidence.paste.Output.Json;
import dev.s3403.diagnostics.evidence.paste.Output.Table;
import dev.s3403.diagnostics.evidence.paste.Output.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells the forms of CLI output apart and reads each into an {@link Output}. */
final class Outputs {
  // Lenient on what chat and hand edits add (trailing commas); strict on everything else.
  private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
  private static final Pattern ERROR = Pattern.compile(
      "An error occurred \\(([^)\\s]+)\\) when calling the (\\w+) operation(?: \\([^)]*\\))?:? ?(.*)");

  private Outputs() {}

  static Output of(String text) {
    Matcher error = ERROR.matcher(text);
    if (error.find()) return new Error(error.group(1), error.group(2), error.group(3).strip());
    int json = jsonStart(text);
    if (json >= 0) return json(text.substring(json));
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> lines = new ArrayList<>();
    int tableLines = 0;
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (s.isEmpty()) continue;
      if (s.startsWith("|")) {
        tableLines++;
        List<String> cells = cells(s);
        if (!cells.isEmpty()) rows.add(cells);
      } else if (!s.matches("[-+|]+")) {
        lines.add(List.of(s.split("\\s+")));
      }
    }
    return tableLines >= 2 ? new Table(rows) : new Text(lines);
  }

  /** The first line that opens a JSON object or array, or a JSON string on its own (a {@code --query} result). */
  private static int jsonStart(String text) {
    int at = 0;
    for (String line : text.split("\n", -1)) {
      String s = line.strip();
      boolean string = s.startsWith("\"") && s.endsWith("\"");
      if (s.startsWith("{") || s.startsWith("[") && !s.startsWith("[default]") || string) {
        return at + line.indexOf(s.charAt(0));
      }
      at += line.length() + 1;
    }
    return -1;
  }

  private static Output json(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      JsonNode node = JSON.readTree(parser);
      if (node == null) return new Broken("no JSON in the paste");
      boolean trailing;
      try {
        trailing = parser.nextToken() != null;
      } catch (JacksonException e) {
        trailing = true;   // prose after the JSON is not JSON, and not ours to read
      }
      return new Json(node, trailing);
    } catch (JacksonException e) {
      return new Broken(why(e));
    } catch (java.io.IOException e) {
      return new Broken("unreadable JSON");
    }
  }

  private static String why(JacksonException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.contains("end-of-input")) {
      return "the JSON stops before its end (half pasted?): paste the whole output";
    }
    var where = e.getLocation();
    String first = message.lines().findFirst().orElse("unreadable").replace('`', '\'');
    if (first.length() > 120) first = first.substring(0, 117) + "...";
    return where == null ? "not valid JSON: " + first
        : "not valid JSON at line %d, column %d: %s".formatted(where.getLineNr(), where.getColumnNr(), first);
  }

  /** {@code ||  True  |  False ||} → {@code [True, False]}; a separator such as {@code |+----+|} has no cells. */
  private static List<String> cells(String line) {
    String inner = line.replaceAll("^\\|+", "").replaceAll("\\|+$", "");
    if (inner.matches("[-+\\s]*")) return List.of();
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) cells.add(cell.strip());
    return cells;
  }
}
