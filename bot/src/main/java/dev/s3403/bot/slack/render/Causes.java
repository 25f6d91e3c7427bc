package dev.s3403.bot.slack.render;

import static dev.s3403.bot.slack.render.Mrkdwn.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cause and its fix as blocks: the line that names it, why, then the steps, commands and policy to write. */
final class Causes {
  static final String VERIFIED = ":white_check_mark: *Verified:* with this change the evidence allows the request";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FILE = Pattern.compile("file://([\\w./-]+)");

  private Causes() {}

  /** {@code `id` (status): title}. */
  static String line(Cause c) {
    return "`" + escape(c.info().id()) + "` (" + c.status().wireName() + "): " + escape(c.info().title());
  }

  /**
   * The cause, why, and its whole fix. A policy already shown for an earlier cause is not repeated.
   *
   * @param shownPatches the patches rendered so far, with the cause that showed each; this adds the cause's own
   */
  static List<ObjectNode> withFix(Cause c, Map<Fix.Patch, String> shownPatches) {
    Fix fix = c.fix();
    StringBuilder head = new StringBuilder(line(c)).append("\n*Why:* ").append(escape(c.detail()));
    head.append("\n*Fix:* ").append(escape(fix.summary()));
    if (fix.verified()) head.append('\n').append(VERIFIED);
    List<ObjectNode> out = new ArrayList<>(Blocks.sections(head.toString()));
    if (!fix.steps().isEmpty()) {
      StringBuilder steps = new StringBuilder("*Steps*");
      for (int i = 0; i < fix.steps().size(); i++) steps.append('\n').append(i + 1).append(". ").append(escape(fix.steps().get(i)));
      out.addAll(Blocks.sections(steps.toString()));
    }
    if (!fix.commands().isEmpty()) {
      Mrkdwn.codeBlocks("*Commands*", String.join("\n", fix.commands()), Blocks.SECTION_TEXT).forEach(t -> out.add(Blocks.section(t)));
    }
    if (fix.patch() != null) out.addAll(patch(fix, c.info().id(), shownPatches));
    return out;
  }

  /** A cause without a fix, on one line: {@code `id` (status): title: detail}, the title once when the detail repeats it. */
  static String withoutFix(Cause c) {
    String id = "`" + escape(c.info().id()) + "` (" + c.status().wireName() + "): ";
    if (c.detail().contains(c.info().title())) return id + escape(c.detail());
    return line(c) + ": " + escape(c.detail());
  }

  private static List<ObjectNode> patch(Fix fix, String causeId, Map<Fix.Patch, String> shownPatches) {
    Fix.Patch patch = fix.patch();
    String shownFor = shownPatches.get(patch);
    if (shownFor != null) {
      return List.of(Blocks.section("*Policy to write:* the same as for `" + escape(shownFor) + "` above"));
    }
    shownPatches.put(patch, causeId);
    String label = "*Policy to write* (`" + escape(patch.target()) + "`)" + fileName(fix).map(f -> ", saved as `" + escape(f) + "`:").orElse(":");
    return Mrkdwn.codeBlocks(label, pretty(patch.document()), Blocks.SECTION_TEXT).stream().map(Blocks::section).toList();
  }

  /** The file the fix's commands read the policy from ({@code file://policy.json}), when they name one. */
  private static Optional<String> fileName(Fix fix) {
    return fix.commands().stream().map(FILE::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst();
  }

  private static String pretty(ObjectNode document) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a policy document that Jackson read cannot be written", e);
    }
  }
}
