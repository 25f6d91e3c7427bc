package dev.s3403.prompts.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured answer a model must give: which cause it explains, the text, and the ids of the questions to
 * ask next.
 */
public record ModelAnswer(String cause, String text, List<String> questions) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public ModelAnswer {
    questions = List.copyOf(questions);
  }

  /** The answer read from the model's reply, or why it could not be read. */
  public sealed interface Parsed {
    record Ok(ModelAnswer answer) implements Parsed {}

    record Malformed(String why) implements Parsed {}
  }

  public static Parsed parse(String reply) {
    if (reply == null || reply.isBlank()) return new Parsed.Malformed("the answer is empty");
    String body = reply.strip();
    // Models without a schema like to wrap JSON in a Markdown fence.
    if (body.startsWith("```")) {
      int start = body.indexOf('\n');
      int end = body.lastIndexOf("```");
      if (start < 0 || end <= start) return new Parsed.Malformed("the answer is not JSON");
      body = body.substring(start + 1, end).strip();
    }
    // Models asked for JSON in the prompt alone sometimes put a sentence before or after it.
    if (!body.startsWith("{") && body.indexOf('{') >= 0 && body.lastIndexOf('}') > body.indexOf('{')) {
      body = body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1);
    }
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (Exception e) {
      return new Parsed.Malformed("the answer is not JSON");
    }
    if (node == null || !node.isObject()) return new Parsed.Malformed("the answer is not a JSON object");
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) return new Parsed.Malformed("the answer has no `text`");
    JsonNode cause = node.get("cause");
    if (cause != null && !cause.isNull() && !cause.isTextual()) return new Parsed.Malformed("`cause` is not a string");
    List<String> questions = new ArrayList<>();
    JsonNode qs = node.get("questions");
    if (qs != null && !qs.isNull()) {
      if (!qs.isArray()) return new Parsed.Malformed("`questions` is not a list");
      for (JsonNode q : qs) {
        if (!q.isTextual()) return new Parsed.Malformed("`questions` holds something other than ids");
        questions.add(q.asText());
      }
    }
    String named = cause == null || cause.isNull() || cause.asText().equals("none") ? null : cause.asText();
    return new Parsed.Ok(new ModelAnswer(named, text.asText(), questions));
  }
}
