package dev.s3403.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3403.diagnostics.diagnosis.Questions;
import java.util.List;
import java.util.Map;

/** An answers object ({@code {"kms-encrypted": "yes"}}) checked against the questions the diagnosis can ask. */
final class AnswersCheck {
  private AnswersCheck() {}

  /** The first problem as one line starting with its JSON pointer, or null when the answers are usable. */
  static String problem(JsonNode answers) {
    if (!answers.isObject()) return "must be an object from question ids to answers";
    Map<String, List<String>> catalogue = Questions.catalogue();
    for (var e : answers.properties()) {
      String pointer = "/" + e.getKey().replace("~", "~0").replace("/", "~1");
      List<String> options = catalogue.get(e.getKey());
      if (options == null) return "%s: `%s` is not a question; questions are %s".formatted(pointer, e.getKey(), String.join(", ", catalogue.keySet()));
      if (!e.getValue().isTextual() || !options.contains(e.getValue().asText())) {
        return "%s: the answer must be one of %s".formatted(pointer, String.join(", ", options));
      }
    }
    return null;
  }
}
