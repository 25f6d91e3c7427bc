package dev.s3403.bot.slack.render;

import static dev.s3403.bot.slack.render.Mrkdwn.escape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Owners;
import dev.s3403.prompts.Phrasing;
import java.util.ArrayList;
import java.util.List;

/** The blocks that sum a diagnosis up: the headline, the top cause, who fixes it and how, and the parent's buttons. */
final class Overview {
  /** A headline longer than this many sections is cut: the rest of the story is in the thread. */
  private static final int HEADLINE_SECTIONS = 4;
  private static final int TOP_CAUSE_SECTIONS = 2;

  private Overview() {}

  /** Headline, top cause, owner and fix summary, decision; at most 7 blocks. */
  static List<ObjectNode> blocks(Diagnosis d, Phrasing p) {
    var out = new ArrayList<ObjectNode>();
    out.addAll(Blocks.sections(escape(p.text()), HEADLINE_SECTIONS));
    out.addAll(Blocks.sections(topCause(d), TOP_CAUSE_SECTIONS));
    out.add(Blocks.context(context(d, p)));
    return out;
  }

  /** "Draft customer reply", "Diagnosis right", "Diagnosis wrong", each valued with the top cause id. */
  static ObjectNode buttons(Diagnosis d) {
    String value = d.top() == null ? ActionIds.NO_CAUSE : d.top().info().id();
    return Blocks.actions(List.of(
        Blocks.button("Draft customer reply", ActionIds.CUSTOMER_REPLY, value),
        Blocks.button("Diagnosis right", ActionIds.FEEDBACK_RIGHT, value),
        Blocks.button("Diagnosis wrong", ActionIds.FEEDBACK_WRONG, value))).getFirst();
  }

  /** The top cause's line: id, status and title; who can fix it; the fix summary, and whether it is verified. */
  static String topCause(Diagnosis d) {
    Cause top = d.top();
    if (top == null) return "*Top cause:* none stands out; the questions in the thread can narrow it down";
    StringBuilder out = new StringBuilder();
    out.append("*Top cause:* ").append(Causes.line(top));
    out.append("\n*Who can fix it:* ").append(owner(d, top));
    if (top.fix() != null) {
      out.append("\n*Fix:* ").append(escape(top.fix().summary()));
      if (top.fix().verified()) out.append("\n").append(Causes.VERIFIED);
    }
    return out.toString();
  }

  /** The owner's title, with the account id when the request shows it. */
  static String owner(Diagnosis d, Cause c) {
    String who = Owners.of(d, c.info().owner());
    String title = c.info().owner().title();
    if (who.equals(title)) return escape(title);
    if (who.matches("\\d{12}")) return escape(title) + ", account `" + who + "`";
    return escape(who);
  }

  private static String context(Diagnosis d, Phrasing p) {
    String decision = "Decision: `" + escape(d.decision().wireName()) + "`";
    return switch (p.source()) {
      case PLAIN -> decision;
      case MODEL -> decision + " · worded by a language model from the engine's findings";
    };
  }
}
