package dev.s3403.bot.slack.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Slack's limits, checked on rendered JSON independently of the renderer's own constants. */
final class SlackLimits {
  /** A & that starts no entity: text cut inside {@code &amp;}, or an unescaped ampersand. */
  private static final Pattern BROKEN_ENTITY = Pattern.compile("&(?!amp;|lt;|gt;)");

  private SlackLimits() {}

  /** Every limit the message breaks, one line each; empty when it is fine. */
  static List<String> violations(SlackMessage m) {
    List<String> out = new ArrayList<>();
    if (m.text() == null || m.text().isBlank()) out.add("no fallback text");
    else {
      over(out, "fallback text", m.text(), 4_000);
      entities(out, "fallback text", m.text());
    }
    if (m.blocks().isEmpty()) out.add("no blocks");
    if (m.blocks().size() > 50) out.add("%d blocks, more than 50".formatted(m.blocks().size()));
    Set<String> actionIds = new HashSet<>();
    for (int i = 0; i < m.blocks().size(); i++) {
      JsonNode b = m.blocks().get(i);
      String where = "block " + i + " (" + b.path("type").asText() + ")";
      switch (b.path("type").asText()) {
        case "section" -> text(out, where, b.path("text"), "mrkdwn", 3_000);
        case "header" -> text(out, where, b.path("text"), "plain_text", 150);
        case "context" -> {
          if (b.path("elements").size() > 10) out.add(where + ": more than 10 elements");
          b.path("elements").forEach(e -> text(out, where, e, "mrkdwn", 3_000));
        }
        case "actions" -> {
          if (b.path("elements").size() > 25) out.add(where + ": %d elements, more than 25".formatted(b.path("elements").size()));
          for (JsonNode e : b.path("elements")) {
            text(out, where + " button", e.path("text"), "plain_text", 75);
            over(out, where + " button value", e.path("value").asText(), 2_000);
            over(out, where + " action_id", e.path("action_id").asText(), 255);
            if (!actionIds.add(e.path("action_id").asText())) out.add(where + ": action_id repeated: " + e.path("action_id").asText());
          }
        }
        case "divider" -> { }
        default -> out.add(where + ": unexpected block type");
      }
    }
    return out;
  }

  private static void text(List<String> out, String where, JsonNode text, String type, int max) {
    if (!text.path("type").asText().equals(type)) out.add(where + ": text is not " + type);
    String t = text.path("text").asText();
    if (t.isEmpty()) out.add(where + ": empty text");
    over(out, where, t, max);
    entities(out, where, t);
  }

  private static void over(List<String> out, String where, String text, int max) {
    if (text.length() > max) out.add("%s: %d characters, more than %d".formatted(where, text.length(), max));
  }

  private static void entities(List<String> out, String where, String text) {
    if (BROKEN_ENTITY.matcher(text).find()) out.add(where + ": a & that starts no entity: " + text);
  }
}
