package dev.s3403.bot.playground;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.bot.conversation.Changes;
import dev.s3403.bot.conversation.Input;
import dev.s3403.bot.conversation.Turn;
import dev.s3403.diagnostics.diagnosis.DiagnosisJson;
import java.util.List;

/** A turn as the page reads it: the diagnosis JSON with its explanation, what the message was read as, what changed. */
final class TurnJson {
  private TurnJson() {}

  static ObjectNode of(Turn turn) {
    ObjectNode out = DiagnosisJson.toJson(turn.conversation().diagnosis(), turn.phrasing().text());
    out.set("input", input(out, turn.input()));
    out.set("changes", changes(out, turn.changes()));
    return out;
  }

  private static ObjectNode input(ObjectNode parent, Input input) {
    ObjectNode out = parent.objectNode();
    switch (input) {
      case Input.Evidence e -> {
        out.put("kind", "evidence").put("what", e.what());
        strings(out.putArray("notes"), e.notes());
      }
      case Input.Answer a -> out.put("kind", "answer").put("questionId", a.questionId()).put("answer", a.answer());
      case Input.NewError n -> out.put("kind", "new-error");
      case Input.Question q -> out.put("kind", "question").put("text", q.text());
      case Input.Ignored i -> out.put("kind", "ignored").put("why", i.why());
    }
    return out;
  }

  private static ObjectNode changes(ObjectNode parent, Changes c) {
    ObjectNode out = parent.objectNode();
    strings(out.putArray("nowConfirmed"), c.nowConfirmed());
    strings(out.putArray("ruledOut"), c.ruledOut());
    out.put("topBefore", c.topBefore());
    out.put("topAfter", c.topAfter());
    out.put("decisionBefore", c.decisionBefore());
    out.put("decisionAfter", c.decisionAfter());
    out.put("any", c.any());
    return out;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
