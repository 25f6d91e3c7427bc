package dev.s3403.bot.slack.render;

import static dev.s3403.bot.slack.render.Mrkdwn.escape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Fix;
import dev.s3403.diagnostics.diagnosis.Question;
import dev.s3403.prompts.Phrasing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The thread's content, as groups of blocks that belong on one message (a question and its buttons, a cause and its
 * fix): the top cause's fix, the other causes, the ruled-out ones, then the questions.
 */
final class Details {
  private Details() {}

  static List<List<ObjectNode>> groups(Diagnosis d, Phrasing p) {
    List<List<ObjectNode>> out = new ArrayList<>();
    Map<Fix.Patch, String> shownPatches = new HashMap<>();   // a policy shared by several causes is shown once
    Cause top = d.top();
    if (top != null) out.add(headed(top.fix() != null ? "How to fix it" : "Why", topCause(top, shownPatches)));
    List<Cause> others = d.causes().stream().filter(c -> c != top).toList();
    List<List<ObjectNode>> fixed = others.stream().filter(c -> c.fix() != null).map(c -> Causes.withFix(c, shownPatches)).toList();
    addUnder("Other causes", fixed, out);
    addUnder(fixed.isEmpty() ? "Other causes" : "Also possible", lines(others.stream().filter(c -> c.fix() == null)
        .map(Causes::withoutFix).toList()), out);
    addUnder("Ruled out", ruledOut(d), out);
    addUnder("To narrow it down", questions(d, p), out);
    return out;
  }

  private static List<ObjectNode> topCause(Cause top, Map<Fix.Patch, String> shownPatches) {
    return top.fix() != null ? Causes.withFix(top, shownPatches) : Blocks.sections(Causes.withoutFix(top));
  }

  /** One group of context blocks (small print): these matter less than what is still open. */
  private static List<List<ObjectNode>> ruledOut(Diagnosis d) {
    if (d.ruledOut().isEmpty()) return List.of();
    List<String> lines = d.ruledOut().stream().map(r -> "`" + escape(r.id()) + "`: " + escape(r.why())).toList();
    return List.of(Blocks.contexts(String.join("\n", lines)));
  }

  private static List<List<ObjectNode>> questions(Diagnosis d, Phrasing p) {
    List<List<ObjectNode>> out = new ArrayList<>();
    int[] buttons = {0};   // numbers the answer buttons across the thread, so each is unique within its message
    askNextFirst(d, p).forEach(q -> out.add(question(q, buttons)));
    return out;
  }

  /** The question, the command whose output answers it, and one button per option. */
  private static List<ObjectNode> question(Question q, int[] buttonsSoFar) {
    List<ObjectNode> out = new ArrayList<>();
    String text = escape(q.text());
    if (q.command() == null) {
      out.addAll(Blocks.sections(text));
    } else {
      Mrkdwn.codeBlocks(text, q.command(), Blocks.SECTION_TEXT).forEach(t -> out.add(Blocks.section(t)));
    }
    List<ObjectNode> buttons = new ArrayList<>();
    for (String option : q.options()) {
      String value = new AnswerValue(q.id(), option).wire();
      // INVARIANT: options come from the engine's catalogue and are short; one too long to send is left out
      if (value.length() > Blocks.BUTTON_VALUE) continue;
      buttons.add(Blocks.button(escape(option), ActionIds.ANSWER_PREFIX + ++buttonsSoFar[0], value));
    }
    out.addAll(Blocks.actions(buttons));
    return out;
  }

  /** The questions the phrasing chose to ask next come first; the rest keep the engine's order. */
  private static List<Question> askNextFirst(Diagnosis d, Phrasing p) {
    List<Question> out = new ArrayList<>();
    for (String id : p.questionIds()) d.questions().stream().filter(q -> q.id().equals(id) && !out.contains(q)).forEach(out::add);
    d.questions().stream().filter(q -> !out.contains(q)).forEach(out::add);
    return out;
  }

  /** Lines of mrkdwn as one group of sections, or no group when there are none. */
  private static List<List<ObjectNode>> lines(List<String> lines) {
    return lines.isEmpty() ? List.of() : List.of(Blocks.sections(String.join("\n", lines)));
  }

  /** The groups under a header that travels with the first of them. */
  private static void addUnder(String header, List<List<ObjectNode>> groups, List<List<ObjectNode>> out) {
    if (groups.isEmpty()) return;
    out.add(headed(header, groups.getFirst()));
    out.addAll(groups.subList(1, groups.size()));
  }

  private static List<ObjectNode> headed(String header, List<ObjectNode> blocks) {
    List<ObjectNode> out = new ArrayList<>();
    out.add(Blocks.header(header));
    out.addAll(blocks);
    return out;
  }
}
