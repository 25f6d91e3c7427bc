package dev.s3403.bot.cli;

import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Question;
import dev.s3403.prompts.Phrasing;
import java.util.ArrayList;
import java.util.List;

/** {@code diagnose --format text|markdown}: the headline cause, why, who fixes it, then the rest. */
final class DiagnoseText {
  private DiagnoseText() {}

  static String text(Diagnosis d, Phrasing phrasing) {
    StringBuilder out = new StringBuilder();
    out.append(phrasing.text()).append("\n\n");
    out.append("decision: ").append(d.decision().wireName()).append('\n');
    section(out, "causes", d.causes().stream().filter(c -> c.status() != Status.POSSIBLE).toList(), "  ");
    section(out, "also possible", d.causes().stream().filter(c -> c.status() == Status.POSSIBLE).limit(5).toList(), "  ");
    if (!d.ruledOut().isEmpty()) {
      out.append("\nruled out:\n");
      d.ruledOut().stream().limit(12).forEach(r -> out.append("  ").append(r.id()).append(": ").append(r.why()).append('\n'));
    }
    if (!d.questions().isEmpty()) {
      out.append("\nto narrow it down:\n");
      for (var q : askNextFirst(d, phrasing)) {
        out.append("  ").append(q.text()).append(" (").append(String.join(" / ", q.options())).append(") [")
            .append(q.id()).append("]\n");
        if (q.command() != null) out.append("    $ ").append(q.command()).append('\n');
      }
    }
    if (!d.unchecked().isEmpty()) {
      out.append("\nnot in the evidence:\n");
      d.unchecked().forEach(u -> out.append("  ").append(u).append('\n'));
    }
    return out.toString();
  }

  static String markdown(Diagnosis d, Phrasing phrasing) {
    StringBuilder out = new StringBuilder();
    out.append("**").append(phrasing.text()).append("**\n\n");
    out.append("Decision: `").append(d.decision().wireName()).append("`\n");
    if (!d.causes().isEmpty()) {
      out.append("\n| cause | status | why |\n|---|---|---|\n");
      d.causes().stream().limit(8).forEach(c -> out.append("| `").append(c.info().id()).append("` | ")
          .append(c.status().wireName()).append(" | ").append(c.detail().replace("|", "\\|")).append(" |\n"));
    }
    if (!d.ruledOut().isEmpty()) {
      out.append("\nRuled out:\n");
      d.ruledOut().stream().limit(12).forEach(r -> out.append("- `").append(r.id()).append("`: ").append(r.why()).append('\n'));
    }
    return out.toString();
  }

  /** The questions the phrasing chose to ask next come first; the rest keep the engine's order. */
  private static List<Question> askNextFirst(Diagnosis d, Phrasing phrasing) {
    List<Question> out = new ArrayList<>();
    for (String id : phrasing.questionIds()) d.questions().stream().filter(q -> q.id().equals(id)).forEach(out::add);
    d.questions().stream().filter(q -> !out.contains(q)).forEach(out::add);
    return out;
  }

  private static void section(StringBuilder out, String title, List<Cause> causes, String indent) {
    if (causes.isEmpty()) return;
    out.append('\n').append(title).append(":\n");
    for (Cause c : causes) {
      out.append(indent).append(c.info().id()).append(" (").append(c.status().wireName()).append("): ")
          .append(c.detail()).append('\n');
      if (c.fix() != null) {
        out.append(indent).append("  fix").append(c.fix().verified() ? " (verified: the request is then allowed)" : "")
            .append(": ").append(c.fix().summary()).append('\n');
        c.fix().commands().forEach(cmd -> out.append(indent).append("    $ ").append(cmd).append('\n'));
      }
    }
  }
}
