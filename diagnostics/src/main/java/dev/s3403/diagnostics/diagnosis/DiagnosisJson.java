package dev.s3403.diagnostics.diagnosis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.actions.RequiredAction;
import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.parse.ParsedErrorJson;
import dev.s3403.diagnostics.resolve.ResolvedRequest;

/**
 * The {@code diagnose} JSON of spec/cli.md ({@code "format": "s3-403/diagnosis@1"}). The {@code "explanation"} is
 * phrasing, which this module does not do: the caller passes it in (prompts' plain phrasing, or a model's).
 */
public final class DiagnosisJson {
  private static final ObjectMapper JSON = ParsedErrorJson.mapper();

  private DiagnosisJson() {}

  /** The diagnosis with its explanation last, as {@code diagnose} prints it. */
  public static ObjectNode toJson(Diagnosis d, String explanation) {
    ObjectNode out = toJson(d);
    out.put("explanation", explanation);
    return out;
  }

  /** The diagnosis without an explanation: the engine's facts only. */
  public static ObjectNode toJson(Diagnosis d) {
    ObjectNode out = JSON.createObjectNode();
    out.put("format", "s3-403/diagnosis@1");
    out.set("parsed", ParsedErrorJson.toJson(d.parsed()));
    out.set("request", request(d.request()));
    out.put("decision", d.decision().wireName());
    ArrayNode causes = out.putArray("causes");
    for (Cause c : d.causes()) causes.add(cause(d, c));
    ArrayNode ruledOut = out.putArray("ruledOut");
    d.ruledOut().forEach(r -> ruledOut.addObject().put("id", r.id()).put("why", r.why()));
    ArrayNode unchecked = out.putArray("unchecked");
    d.unchecked().forEach(u -> unchecked.addObject().put("what", u).put("why", "not in the bundle"));
    ArrayNode problems = out.putArray("problems");
    d.problems().forEach(problems::add);
    ArrayNode questions = out.putArray("questions");
    for (Question q : d.questions()) {
      ObjectNode node = questions.addObject().put("id", q.id()).put("text", q.text());
      ArrayNode options = node.putArray("options");
      q.options().forEach(options::add);
      if (q.command() == null) node.putNull("command");
      else node.put("command", q.command());
      ArrayNode settles = node.putArray("settles");
      q.settles().forEach(settles::add);
    }
    return out;
  }

  private static ObjectNode fix(Fix f) {
    ObjectNode out = JSON.createObjectNode();
    out.put("summary", f.summary());
    ArrayNode steps = out.putArray("steps");
    f.steps().forEach(steps::add);
    ArrayNode commands = out.putArray("commands");
    f.commands().forEach(commands::add);
    if (f.patch() != null) out.putObject("policyPatch").put("target", f.patch().target()).set("document", f.patch().document());
    out.put("verified", f.verified());
    return out;
  }

  private static ObjectNode request(ResolvedRequest r) {
    ObjectNode out = JSON.createObjectNode();
    out.put("principal", r.principal());
    out.put("principalAccount", r.principalAccount());
    out.put("bucketAccount", r.bucketAccount());
    if (r.relation() == dev.s3403.diagnostics.resolve.Relation.UNKNOWN) out.putNull("crossAccount");
    else out.put("crossAccount", r.crossAccount());
    out.put("relation", r.relation().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    out.put("operation", r.operation());
    ArrayNode actions = out.putArray("actions");
    for (RequiredAction a : r.actions()) actions.addObject().put("action", a.action()).put("resource", a.resource()).put("when", a.when());
    ArrayNode conditional = out.putArray("unsettledActions");
    for (RequiredAction a : r.conditional()) conditional.addObject().put("action", a.action()).put("resource", a.resource()).put("when", a.when());
    return out;
  }

  private static ObjectNode cause(Diagnosis d, Cause c) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", c.info().id());
    out.put("status", c.status().wireName());
    out.put("title", c.info().title());
    out.put("detail", c.detail());
    ArrayNode evidence = out.putArray("evidence");
    for (Finding.EvidenceRef e : c.evidence()) {
      ObjectNode ref = evidence.addObject().put("source", e.source());
      if (e.statement() != null) ref.put("statement", e.statement());
      if (e.note() != null) ref.put("note", e.note());
    }
    out.put("owner", Owners.of(d, c.info().owner()));
    if (c.fix() != null) out.set("fix", fix(c.fix()));
    out.put("page", c.info().page());
    return out;
  }
}
