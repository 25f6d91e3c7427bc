package dev.s3403.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;

/**
 * {@code --batch}: JSON lines in, one JSON line out each, in order, carrying the input's {@code id} (spec/cli.md).
 * A line that is not JSON is answered with {@code {"id": null, "error": …}} and the batch goes on.
 */
final class Batch {
  /** Answers one line read as JSON; it puts the line's answer members after {@code id}. */
  interface Answerer {
    void answer(JsonNode input, int lineNumber, ObjectNode answer);
  }

  private Batch() {}

  static void run(String content, ObjectMapper json, PrintStream out, Answerer answerer) {
    ObjectReader strict = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    int lineNumber = 0;
    for (String line : content.split("\r?\n", -1)) {
      lineNumber++;
      if (line.isBlank()) continue;
      ObjectNode answer = json.createObjectNode();
      try {
        JsonNode input = strict.readTree(line);
        JsonNode id = input.isObject() ? input.get("id") : null;
        answer.set("id", id == null ? json.nullNode() : id);
        answerer.answer(input, lineNumber, answer);
      } catch (JsonProcessingException e) {
        answer.removeAll();
        answer.putNull("id");
        answer.put("error", "line %d: not JSON: %s".formatted(lineNumber, e.getOriginalMessage()));
      }
      try {
        out.println(json.writeValueAsString(answer));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a tree we built cannot fail to print", e);
      }
    }
  }
}
