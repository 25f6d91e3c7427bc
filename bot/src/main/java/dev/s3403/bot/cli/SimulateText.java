package dev.s3403.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code simulate --format text|markdown}: one line per case for people, the trace indented under it. */
final class SimulateText {
  private SimulateText() {}

  static String text(List<ObjectNode> results) {
    StringBuilder out = new StringBuilder();
    for (ObjectNode r : results) {
      out.append(r.path("id").asText("(no id)")).append("  ").append(r.path("decision").asText());
      String why = why(r);
      if (!why.isEmpty()) out.append("  ").append(why);
      if (r.has("match")) out.append(r.get("match").asBoolean() ? "  [as expected]" : "  [expected " + expected(r) + "]");
      out.append('\n');
      for (JsonNode t : r.path("trace")) out.append("    ").append(traceLine(t)).append('\n');
    }
    out.append(footer(results)).append('\n');
    return out.toString();
  }

  static String markdown(List<ObjectNode> results) {
    StringBuilder out = new StringBuilder("| case | decision | why | expected |\n|---|---|---|---|\n");
    for (ObjectNode r : results) {
      out.append("| `").append(r.path("id").asText("(no id)")).append("` | **").append(r.path("decision").asText())
          .append("** | ").append(why(r).replace("|", "\\|")).append(" | ")
          .append(r.has("match") ? (r.get("match").asBoolean() ? "yes" : "no: " + expected(r)) : "").append(" |\n");
    }
    for (ObjectNode r : results) {
      if (!r.has("trace")) continue;
      out.append("\n#### `").append(r.path("id").asText("(no id)")).append("`\n\n");
      for (JsonNode t : r.path("trace")) out.append("- ").append(traceLine(t).replace("`", "'")).append('\n');
    }
    return out.append('\n').append(footer(results)).append('\n').toString();
  }

  private static String why(ObjectNode r) {
    if (r.path("decision").asText().equals("Error")) return r.path("error").asText();
    StringBuilder why = new StringBuilder();
    for (JsonNode d : r.path("decisive")) {
      if (!why.isEmpty()) why.append("; ");
      why.append(d.path("policyType").asText());
      if (d.has("target")) why.append(" at ").append(d.get("target").asText());
      if (d.has("publicStatement")) {
        why.append(" (RestrictPublicBuckets: ").append(statement(d.get("publicStatement"))).append(" is public)");
      } else if (d.has("statementIndex")) {
        why.append(": ").append(statement(d));
      } else if (d.has("reason")) {
        why.append(": ").append(d.get("reason").asText());
      }
    }
    return why.toString();
  }

  private static String statement(JsonNode d) {
    String sid = d.path("sid").isTextual() ? " (`" + d.get("sid").asText() + "`)" : "";
    return "statement " + d.path("statementIndex").asInt() + sid + " of `" + d.path("policyName").asText() + "`";
  }

  private static String traceLine(JsonNode t) {
    String where = t.path("policyType").asText() + (t.has("target") ? " at " + t.get("target").asText() : "");
    String verdict = t.path("matched").asBoolean() ? "applies"
        : "does not apply (" + t.path("on").asText() + (t.has("key") ? " `" + t.get("key").asText() + "`" : "")
            + "): " + t.path("why").asText();
    return where + ", " + statement(t) + ", " + t.path("effect").asText() + ": " + verdict;
  }

  private static String expected(ObjectNode r) {
    JsonNode e = r.path("expected");
    String deniedBy = e.has("deniedBy") ? " by " + e.get("deniedBy") : "";
    return e.path("decision").asText() + deniedBy;
  }

  private static String footer(List<ObjectNode> results) {
    long checked = results.stream().filter(r -> r.has("match")).count();
    long matched = results.stream().filter(r -> r.path("match").asBoolean(false)).count();
    long errors = results.stream().filter(r -> r.path("decision").asText().equals("Error")).count();
    String cases = results.size() == 1 ? "1 case" : results.size() + " cases";
    String expectation = checked == 0 ? "" : ", %d of %d as expected".formatted(matched, checked);
    return cases + expectation + (errors == 0 ? "" : ", %d with errors".formatted(errors));
  }
}
