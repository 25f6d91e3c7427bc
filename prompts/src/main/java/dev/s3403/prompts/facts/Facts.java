package dev.s3403.prompts.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.DiagnosisJson;
import dev.s3403.diagnostics.diagnosis.Question;
import dev.s3403.prompts.redact.Redactor;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The reduced view of a diagnosis a model may see, and the only facts its answer may name: the decision, the
 * request, the top cause with its evidence and the summary of its fix, the other causes and the ruled-out ones by
 * title, and the open questions. Left out: the raw text, fix commands and policy documents (the engine renders
 * those itself), and every secret the redactor knows.
 *
 * @param topCause the id of the cause the answer must explain, or null when there is none
 */
public record Facts(ObjectNode view, String topCause, List<String> questionIds) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_OTHER_CAUSES = 5;
  private static final int MAX_RULED_OUT = 10;

  public Facts {
    view = view.deepCopy();
    questionIds = List.copyOf(questionIds);
  }

  public static Facts of(Diagnosis d) {
    ObjectNode full = DiagnosisJson.toJson(d);
    ObjectNode view = JSON.createObjectNode();
    view.put("decision", full.path("decision").asText());
    view.set("request", request(full));
    view.set("awsMessage", awsMessage(full.path("parsed")));
    ArrayNode causes = (ArrayNode) full.path("causes");
    if (!causes.isEmpty()) view.set("topCause", withPolicyNames(cause(causes.get(0), true), d));
    else view.putNull("topCause");
    ArrayNode others = view.putArray("otherCauses");
    for (int i = 1; i < causes.size() && others.size() < MAX_OTHER_CAUSES; i++) others.add(cause(causes.get(i), false));
    ArrayNode ruledOut = view.putArray("ruledOut");
    for (JsonNode r : full.path("ruledOut")) {
      if (ruledOut.size() == MAX_RULED_OUT) break;
      ruledOut.add(r.deepCopy());
    }
    ArrayNode questions = view.putArray("questions");
    for (Question q : d.questions()) {
      ObjectNode node = questions.addObject().put("id", q.id()).put("text", q.text());
      q.options().forEach(node.putArray("options")::add);
    }
    redactAll(view);
    return new Facts(view, d.top() == null ? null : d.top().info().id(), d.questions().stream().map(Question::id).toList());
  }

  /** The view as compact JSON, as it is sent and as the guard reads it. */
  public String json() {
    return view.toString();
  }

  private static ObjectNode request(ObjectNode full) {
    JsonNode r = full.path("request");
    JsonNode p = full.path("parsed");
    ObjectNode out = JSON.createObjectNode();
    copy(r, out, "principal", "principalAccount", "bucketAccount", "relation", "operation");
    out.set("bucket", p.path("bucket").isMissingNode() ? null : p.get("bucket"));
    out.set("key", p.path("key").isMissingNode() ? null : p.get("key"));
    ArrayNode actions = out.putArray("actions");
    for (JsonNode a : r.path("actions")) actions.addObject().put("action", a.path("action").asText())
        .put("resource", a.path("resource").asText(null));
    return out;
  }

  private static ObjectNode awsMessage(JsonNode p) {
    ObjectNode out = JSON.createObjectNode();
    copy(p, out, "errorCode", "httpStatus", "denyType", "policyType", "policyArn");
    return out;
  }

  private static ObjectNode cause(JsonNode c, boolean top) {
    ObjectNode out = JSON.createObjectNode();
    copy(c, out, "id", "status", "title", "detail", "owner");
    if (top) {
      out.set("evidence", c.path("evidence").deepCopy());
      JsonNode fix = c.path("fix");
      if (fix.isObject()) out.putObject("fix").put("summary", fix.path("summary").asText()).put("verified", fix.path("verified").asBoolean());
    }
    return out;
  }

  /** The evidence names statements by id; the policy holding each is a fact a good explanation names too. */
  private static ObjectNode withPolicyNames(ObjectNode top, Diagnosis d) {
    ArrayNode evidence = (ArrayNode) top.get("evidence");
    var refs = d.top().evidence();
    for (int i = 0; i < evidence.size() && i < refs.size(); i++) {
      int at = i;
      PolicyNames.of(d, refs.get(i)).ifPresent(n -> ((ObjectNode) evidence.get(at)).put("policy", n.name()));
    }
    return top;
  }

  private static void copy(JsonNode from, ObjectNode to, String... fields) {
    for (String f : fields) {
      JsonNode v = from.get(f);
      if (v != null && !v.isNull()) to.set(f, v.deepCopy());
    }
  }

  /** Evidence notes and details quote the user's paste; nothing leaves with a secret in it. */
  private static void redactAll(JsonNode node) {
    if (node instanceof ObjectNode o) {
      Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      while (it.hasNext()) {
        var e = it.next();
        if (e.getValue().isTextual()) e.setValue(TextNode.valueOf(Redactor.redact(e.getValue().asText()).text()));
        else redactAll(e.getValue());
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) a.set(i, TextNode.valueOf(Redactor.redact(a.get(i).asText()).text()));
        else redactAll(a.get(i));
      }
    }
  }
}
