package dev.s3403.diagnostics.eval.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.eval.PolicySet;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.StatementMatch;
import dev.s3403.diagnostics.eval.TypeOutcome;
import dev.s3403.diagnostics.policy.Effect;
import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The result object of {@code spec/simulation-case.md}: decision, the outcome per policy type, the decisive
 * statements, the derived context and, with {@code --explain}, the trace of every statement.
 */
public final class SimulationResultJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The policy types every result reports, in the spec's order; Block Public Access only when it acted. */
  private static final List<PolicyType> REPORTED = List.of(PolicyType.IDENTITY, PolicyType.RESOURCE, PolicyType.SCP,
      PolicyType.RCP, PolicyType.SESSION, PolicyType.PERMISSION_BOUNDARY, PolicyType.VPC_ENDPOINT);

  private SimulationResultJson() {}

  public static ObjectMapper mapper() {
    return JSON;
  }

  /** A result for a case line that could not even be read as a case. */
  public static ObjectNode unreadable(String id, String message) {
    ObjectNode out = JSON.createObjectNode();
    if (id == null) out.putNull("id");
    else out.put("id", id);
    out.put("decision", "Error");
    out.put("error", message);
    out.putArray("problems").add(message);
    return out;
  }

  public static ObjectNode toJson(Simulator.Prepared prepared, Simulator.Answer answer, boolean explain) {
    SimulationCase c = prepared.simulationCase();
    ObjectNode out = JSON.createObjectNode();
    if (c.id() == null) out.putNull("id");
    else out.put("id", c.id());
    out.put("decision", Simulator.decisionName(answer));
    switch (answer) {
      case Simulator.Answer.Failed f -> {
        out.put("error", f.messages().isEmpty() ? "the case cannot be decided" : f.messages().getFirst());
        ArrayNode problems = out.putArray("problems");
        f.messages().forEach(problems::add);
      }
      case Simulator.Answer.Evaluated e -> decided(out, prepared, e.decision(), explain);
    }
    if (c.expectedDecision() != null) {
      ObjectNode expected = out.putObject("expected");
      expected.put("decision", c.expectedDecision());
      if (c.expectedDeniedBy() != null) {
        ArrayNode deniedBy = expected.putArray("deniedBy");
        c.expectedDeniedBy().forEach(deniedBy::add);
      }
      out.put("match", Simulator.matches(c, answer));
    }
    return out;
  }

  private static void decided(ObjectNode out, Simulator.Prepared prepared, Decision d, boolean explain) {
    SimulationCase c = prepared.simulationCase();
    out.put("sameAccount", d.sameAccount());
    ArrayNode deniedBy = out.putArray("deniedBy");
    d.deniedBy().forEach(t -> deniedBy.add(t.wireName()));
    ObjectNode perType = out.putObject("perPolicyType");
    for (PolicyType t : REPORTED) perType.put(t.wireName(), outcomeName(d.perType().get(t)));
    TypeOutcome bpa = d.perType().get(PolicyType.S3_BLOCK_PUBLIC_ACCESS);
    if (bpa != null) perType.put(PolicyType.S3_BLOCK_PUBLIC_ACCESS.wireName(), outcomeName(bpa));
    out.set("decisive", decisive(d, c.policies()));
    ObjectNode derived = out.putObject("derivedContext");
    prepared.derived().forEach(derived::put);
    List<String> notes = notes(c, d);
    if (!notes.isEmpty()) {
      ArrayNode n = out.putArray("notes");
      notes.forEach(n::add);
    }
    if (explain) out.set("trace", trace(d, c.policies()));
  }

  private static String outcomeName(TypeOutcome outcome) {
    if (outcome == null) return "NotApplicable";
    return switch (outcome) {
      case TypeOutcome.Allowed a -> "Allowed";
      case TypeOutcome.ExplicitlyDenied e -> "ExplicitlyDenied";
      case TypeOutcome.ImplicitlyDenied i -> "ImplicitlyDenied";
      case TypeOutcome.Unknown u -> "Unknown";
    };
  }

  /**
   * Allowed: the applying Allows; ExplicitlyDenied: the applying Denies; ImplicitlyDenied: each type (and SCP
   * level) without an applying Allow. Organization statements carry the level they are attached at.
   */
  private static ArrayNode decisive(Decision d, PolicySet policies) {
    ArrayNode out = JSON.createArrayNode();
    switch (d.verdict()) {
      case ALLOWED, EXPLICITLY_DENIED -> {
        Effect effect = d.verdict() == Decision.Verdict.ALLOWED ? Effect.ALLOW : Effect.DENY;
        boolean scpDone = false;
        boolean rcpDone = false;
        for (Decision.Decisive entry : d.decisive()) {
          switch (entry.type()) {
            case SCP -> {
              if (!scpDone) levelStatements(out, PolicyType.SCP, policies.scps(), d, effect);
              scpDone = true;
            }
            case RCP -> {
              if (!rcpDone) levelStatements(out, PolicyType.RCP, policies.rcps(), d, effect);
              rcpDone = true;
            }
            case S3_BLOCK_PUBLIC_ACCESS -> {
              ObjectNode node = out.addObject();
              node.put("policyType", entry.type().wireName());
              node.put("setting", "RestrictPublicBuckets");
              statementFields(node.putObject("publicStatement"), entry.statement());
            }
            case IDENTITY, RESOURCE, PERMISSION_BOUNDARY, SESSION, VPC_ENDPOINT ->
                statementFields(out.addObject().put("policyType", entry.type().wireName()), entry.statement());
          }
        }
      }
      case IMPLICITLY_DENIED -> {
        for (PolicyType t : d.deniedBy()) {
          if (t == PolicyType.SCP) {
            for (String target : levelsWithoutAllow(policies.scps(), d.perType().get(t))) {
              out.addObject().put("policyType", t.wireName()).put("target", target).put("reason", "no applicable Allow at this level");
            }
          } else {
            out.addObject().put("policyType", t.wireName()).put("reason",
                d.perType().containsKey(t) ? "no applicable Allow" : "no policy of this type was given");
          }
        }
      }
      case UNKNOWN -> { }
    }
    return out;
  }

  private static void statementFields(ObjectNode node, Statement s) {
    node.put("policyName", s.ref().policyName());
    if (s.ref().sid() == null) node.putNull("sid");
    else node.put("sid", s.ref().sid());
    node.put("statementIndex", s.ref().index());
    node.put("effect", s.effect() == Effect.ALLOW ? "Allow" : "Deny");
  }

  /**
   * The applying statements of one effect, level by level. The trace lists every statement of every level in
   * order, so walking the levels beside it says where each statement is attached, even when the same compiled
   * policy ({@code FullAWSAccess}) sits at several levels.
   */
  private static void levelStatements(ArrayNode out, PolicyType type, List<PolicySet.Level> levels, Decision d,
      Effect effect) {
    TypeOutcome outcome = d.perType().get(type);
    if (outcome == null) return;
    var trace = outcome.trace().iterator();
    for (PolicySet.Level level : levels) {
      for (Policy policy : level.policies()) {
        for (int i = 0; i < policy.statements().size() && trace.hasNext(); i++) {
          StatementMatch m = trace.next();
          if (m instanceof StatementMatch.Applies && m.statement().effect() == effect) {
            ObjectNode node = out.addObject().put("policyType", type.wireName());
            if (level.target() != null) node.put("target", level.target());
            statementFields(node, m.statement());
          }
        }
      }
    }
  }

  private static List<String> levelsWithoutAllow(List<PolicySet.Level> levels, TypeOutcome outcome) {
    List<String> out = new ArrayList<>();
    var trace = outcome == null ? List.<StatementMatch>of().iterator() : outcome.trace().iterator();
    int index = 0;
    for (PolicySet.Level level : levels) {
      index++;
      boolean allows = false;
      for (Policy policy : level.policies()) {
        for (int i = 0; i < policy.statements().size() && trace.hasNext(); i++) {
          StatementMatch m = trace.next();
          allows |= m instanceof StatementMatch.Applies && m.statement().effect() == Effect.ALLOW;
        }
      }
      if (!allows) out.add(level.target() != null ? level.target() : "level " + index);
    }
    return out;
  }

  private static List<String> notes(SimulationCase c, Decision d) {
    List<String> notes = new ArrayList<>(d.notes());
    PolicySet p = c.policies();
    boolean principalSidePolicies = !p.identity().isEmpty() || p.permissionBoundary() != null || p.session() != null
        || !p.scps().isEmpty();
    Caller.Kind kind = c.caller().kind();
    if (!kind.hasPrincipalSide() && principalSidePolicies) {
      notes.add((kind == Caller.Kind.ANONYMOUS ? "an anonymous caller" : "a service principal")
          + " has no identity, SCP, permissions boundary or session policy: the ones given were ignored");
    }
    if (kind.hasPrincipalSide() && !p.scps().isEmpty() && !d.perType().containsKey(PolicyType.SCP)) {
      notes.add("the SCP levels end at `%s`, not the caller's account `%s`: SCPs bind only their own organization's principals, so they were not applied"
          .formatted(p.scps().getLast().target(), c.caller().account()));
    }
    if (!p.rcps().isEmpty() && !d.perType().containsKey(PolicyType.RCP)) {
      notes.add("the RCP levels end at `%s`, not the resource's account `%s`, so they were not applied"
          .formatted(p.rcps().getLast().target(), c.resourceAccount()));
    }
    return notes;
  }

  /** Every statement of every type, in evaluation order, with whether it applied and, if not, on what. */
  private static ArrayNode trace(Decision d, PolicySet policies) {
    ArrayNode out = JSON.createArrayNode();
    for (PolicyType type : PolicyType.values()) {
      TypeOutcome outcome = d.perType().get(type);
      if (outcome == null || type == PolicyType.S3_BLOCK_PUBLIC_ACCESS) continue;
      List<String> targets = targets(type, policies);
      int i = 0;
      for (StatementMatch m : outcome.trace()) {
        ObjectNode node = out.addObject().put("policyType", type.wireName());
        if (targets != null && i < targets.size() && targets.get(i) != null) node.put("target", targets.get(i));
        i++;
        statementFields(node, m.statement());
        node.put("matched", m instanceof StatementMatch.Applies);
        switch (m) {
          case StatementMatch.Applies a -> { }
          case StatementMatch.PrincipalMismatch p -> node.put("on", "principal").put("why", p.why());
          case StatementMatch.ActionMismatch a -> node.put("on", "action").put("why", a.why());
          case StatementMatch.ResourceMismatch r -> node.put("on", "resource").put("why", r.why());
          case StatementMatch.ConditionMismatch c -> node.put("on", "condition").put("key", c.key()).put("why", c.why());
          case StatementMatch.Unknown u -> node.put("on", "condition").put("why", u.why());
        }
      }
    }
    return out;
  }

  /** For SCP and RCP traces, the level target of each traced statement, in trace order; null for other types. */
  private static List<String> targets(PolicyType type, PolicySet policies) {
    List<PolicySet.Level> levels = switch (type) {
      case SCP -> policies.scps();
      case RCP -> policies.rcps();
      case IDENTITY, RESOURCE, PERMISSION_BOUNDARY, SESSION, VPC_ENDPOINT, S3_BLOCK_PUBLIC_ACCESS -> null;
    };
    if (levels == null) return null;
    List<String> out = new ArrayList<>();
    for (PolicySet.Level level : levels) {
      for (Policy policy : level.policies()) {
        for (int i = 0; i < policy.statements().size(); i++) out.add(level.target());
      }
    }
    return out;
  }
}
