package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.Checks;
import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.check.Likelihood;
import dev.s3403.diagnostics.check.Situation;
import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.check.TextClues;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.parse.ErrorParser;
import dev.s3403.diagnostics.parse.ParsedError;
import dev.s3403.diagnostics.resolve.ActionEvaluator;
import dev.s3403.diagnostics.resolve.RequestDecision;
import dev.s3403.diagnostics.resolve.ResolvedRequest;
import dev.s3403.diagnostics.resolve.Resolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every check against the error text and the evidence (DESIGN.md, "The way data flows"): parse, resolve,
 * evaluate every required action, ask each of the 75 checks, and rank what they found.
 */
public final class Diagnoser {
  /** Causes beyond the first few are alternatives, not actions: they get no fix. */
  private static final int FIXED = 5;

  private final ErrorParser parser = new ErrorParser();

  public Diagnosis diagnose(String text, Bundle bundle) {
    return diagnose(text, bundle, java.util.Map.of());
  }

  /** With answers to earlier questions: each answer is merged in as the evidence its command would have given. */
  public Diagnosis diagnose(String text, Bundle given, java.util.Map<String, String> answers) {
    ParsedError parsed = parser.parse(text);
    Bundle bundle = given;
    if (!answers.isEmpty()) {
      bundle = dev.s3403.diagnostics.evidence.Evidence.merge(given,
          Questions.evidence(answers, Resolver.resolve(parsed, given))).bundle();
    }
    ResolvedRequest request = Resolver.resolve(parsed, bundle);
    ActionEvaluator evaluator = new ActionEvaluator(bundle);
    List<ActionEvaluator.Outcome> outcomes = new ArrayList<>();
    request.actions().forEach(a -> outcomes.add(evaluator.evaluate(request, a)));
    RequestDecision decision = RequestDecision.of(outcomes, !request.conditional().isEmpty());
    TextClues clues = TextClues.of(parsed, text);
    Situation situation = new Situation(clues, request, bundle, outcomes, decision);

    List<Cause> causes = new ArrayList<>();
    List<Diagnosis.RuledOut> ruledOut = new ArrayList<>();
    for (Check check : Checks.all()) {
      Finding f = check.fromEvidence(situation);
      switch (f.status()) {
        case CONFIRMED, LIKELY, POSSIBLE -> causes.add(new Cause(check.info(), f.status(), f.detail(), f.evidence(), false));
        case RULED_OUT -> ruledOut.add(new Diagnosis.RuledOut(check.info().id(), f.detail()));
        case SILENT -> {
          Likelihood l = check.fromText(clues);
          // With evidence, what the text alone suggests is only possible: the evidence said nothing for it.
          Status s = switch (l) {
            case DECIDED -> Status.CONFIRMED;
            case LIKELY -> situation.hasEvidence() ? Status.POSSIBLE : Status.LIKELY;
            case POSSIBLE -> Status.POSSIBLE;
            case NONE -> null;
          };
          if (s != null) {
            causes.add(new Cause(check.info(), s, "the error text points here: " + check.info().title(),
                List.of(new Finding.EvidenceRef("error message", null, parsed.message())), true));
          }
        }
      }
    }
    causes.sort(Ranking.order(parsed, situation.hasEvidence()));
    Set<String> unchecked = new LinkedHashSet<>();
    Set<String> problems = new LinkedHashSet<>();
    outcomes.forEach(o -> {
      unchecked.addAll(o.unknown());
      problems.addAll(o.problems());
    });
    Diagnosis draft = new Diagnosis(parsed, request, decision, outcomes, causes, ruledOut, List.copyOf(unchecked),
        List.copyOf(problems), List.of());
    // Fixes for the causes worth acting on; each policy fix is proven on a patched copy of the evidence.
    List<Cause> withFixes = new ArrayList<>();
    for (Cause c : causes) {
      boolean act = c.status() == Status.CONFIRMED || c.status() == Status.LIKELY;
      withFixes.add(act && withFixes.size() < FIXED ? c.withFix(Fixes.forCause(c, draft, bundle)) : c);
    }
    return new Diagnosis(parsed, request, decision, outcomes, withFixes, ruledOut, List.copyOf(unchecked),
        List.copyOf(problems), Questions.ask(causes, request, answers));
  }
}
