package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Family;
import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Severity;
import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnoser;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Fix;
import dev.s3403.diagnostics.diagnosis.Question;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.resolve.RequestDecision;
import java.util.List;

/** Diagnoses for the phrasing tests: from error texts, and odd ones built by hand that the engine never gives. */
final class Diagnoses {
  static final String BARE_GET = "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied";

  private Diagnoses() {}

  static Diagnosis of(String text) {
    return new Diagnoser().diagnose(text, Bundle.empty());
  }

  static Diagnosis withCauses(Diagnosis d, List<Cause> causes) {
    return new Diagnosis(d.parsed(), d.request(), d.decision(), d.outcomes(), causes, d.ruledOut(), d.unchecked(),
        d.problems(), d.questions());
  }

  static Diagnosis withQuestions(Diagnosis d, List<Question> questions) {
    return new Diagnosis(d.parsed(), d.request(), d.decision(), d.outcomes(), d.causes(), d.ruledOut(), d.unchecked(),
        d.problems(), questions);
  }

  /** Nothing at all: no parsed text, no request, no decision. */
  static Diagnosis empty(List<Cause> causes) {
    return new Diagnosis(null, null, null, List.of(), causes, List.of(), List.of(), List.of(), List.of());
  }

  static Cause cause(String title, Status status, String detail, Owner owner, Fix fix) {
    return new Cause(new CheckInfo("odd-cause", "Z1", title, Family.B, Severity.BLOCKING, owner, 1), status, detail,
        List.of(), false, fix);
  }

  static Cause withStatus(Cause c, Status status) {
    return new Cause(c.info(), status, c.detail(), c.evidence(), c.fromText(), c.fix());
  }

  static Cause withDetail(Cause c, String detail) {
    return new Cause(c.info(), c.status(), detail, c.evidence(), c.fromText(), c.fix());
  }

  static Fix fix(String summary) {
    return new Fix(summary, List.of(), List.of(), null, false);
  }

  static Diagnosis undetermined(List<Cause> causes) {
    return new Diagnosis(null, null, RequestDecision.UNDETERMINED, List.of(), causes, List.of(), List.of(), List.of(), List.of());
  }
}
