package dev.s3403.bot.slack.render;

import static dev.s3403.bot.slack.render.Mrkdwn.escape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.prompts.Phrasing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A diagnosis as Slack messages: Block Kit JSON within Slack's limits, every text from the paste or the evidence
 * escaped. Pure functions: no Slack client, no decision, no model call.
 */
public final class BlockKit {
  /** A free text (an answer, a reply draft, a notice) longer than this many sections is cut. */
  private static final int TEXT_SECTIONS = 8;
  private static final int CHANGE_SECTIONS = 4;

  private BlockKit() {}

  /** The parent message posted in the channel: headline, top cause, who can fix it, the fix summary, the buttons. */
  public static SlackMessage parent(Diagnosis d, Phrasing p) {
    List<ObjectNode> blocks = new ArrayList<>(Overview.blocks(d, p));
    blocks.add(Overview.buttons(d));
    return message(escape(p.text()), blocks);
  }

  /**
   * Thread replies: the fix's steps, commands and policy, other causes, ruled-out causes, then the questions with a
   * button per option; as many messages as Slack's limits need, or none when there is nothing to add.
   */
  public static List<SlackMessage> details(Diagnosis d, Phrasing p) {
    List<List<ObjectNode>> pages = Pages.pack(Details.groups(d, p), Blocks.MESSAGE_BLOCKS);
    List<SlackMessage> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      String part = pages.size() == 1 ? "" : " (%d of %d)".formatted(i + 1, pages.size());
      out.add(message("Details of the diagnosis" + part, pages.get(i)));
    }
    return out;
  }

  /** After a follow-up changed something: what is now confirmed and ruled out, then the new headline and top cause. */
  public static SlackMessage update(List<String> nowConfirmed, List<String> ruledOut, Diagnosis d, Phrasing p) {
    List<String> lines = new ArrayList<>();
    nowConfirmed.forEach(id -> lines.add("*Now confirmed:* " + confirmed(id, d)));
    ruledOut.forEach(id -> lines.add("*Ruled out:* " + ruledOut(id, d)));
    List<ObjectNode> blocks = new ArrayList<>();
    if (!lines.isEmpty()) blocks.addAll(Blocks.sections(String.join("\n", lines), CHANGE_SECTIONS));
    blocks.addAll(Overview.blocks(d, p));
    blocks.add(Overview.buttons(d));
    return message(String.join("\n", lines) + (lines.isEmpty() ? "" : "\n") + escape(p.text()), blocks);
  }

  /** An answer to a free question in the thread. */
  public static SlackMessage answer(Phrasing p) {
    String text = escape(p.text());
    return message(text, Blocks.sections(text, TEXT_SECTIONS));
  }

  /** The customer-facing reply draft, in a quote block, under a note that it is a draft to review. */
  public static SlackMessage customerReplyDraft(Phrasing p) {
    String note = ":memo: *Draft reply to the customer*: review and edit it before you send it";
    List<ObjectNode> blocks = new ArrayList<>();
    blocks.add(Blocks.section(note));
    List<String> quoted = Mrkdwn.quote(escape(p.text()), Blocks.SECTION_TEXT);
    quoted.subList(0, Math.min(quoted.size(), TEXT_SECTIONS)).forEach(q -> blocks.add(Blocks.section(q)));
    return message("Draft reply to the customer: " + escape(p.text()), blocks);
  }

  /** A short notice: an error, "working on it", a rate limit. */
  public static SlackMessage notice(String text) {
    String escaped = escape(text);
    return message(escaped, Blocks.sections(escaped, TEXT_SECTIONS));
  }

  /** The offer of live checks: what they read, where, and the button; shown only where the channel is mapped. */
  public static SlackMessage liveCheckOffer(String account) {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var blocks = json.createArrayNode();
    String text = "This channel may run read-only checks in account `" + escape(account) + "`: bucket and object "
        + "settings, the principal's policies, KMS keys, SCPs and RCPs, VPC endpoint policies and recent CloudTrail denials.";
    blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", text);
    var button = blocks.addObject().put("type", "actions").putArray("elements").addObject().put("type", "button")
        .put("action_id", ActionIds.LIVE_CHECK).put("value", account);
    button.putObject("text").put("type", "plain_text").put("text", "Run live checks");
    return new SlackMessage("Live checks are available for account " + escape(account) + ".", blocks);
  }

  /** {@code & < >} as {@code &amp; &lt; &gt;}, so {@code <!channel>}, {@code <@U123>} and {@code <http://x|y>} are inert. */
  public static String escape(String text) {
    return Mrkdwn.escape(text);
  }

  private static String confirmed(String id, Diagnosis d) {
    Optional<Cause> cause = d.causes().stream().filter(c -> c.info().id().equals(id)).findFirst();
    return cause.map(Causes::line).orElse("`" + escape(id) + "`");
  }

  private static String ruledOut(String id, Diagnosis d) {
    return d.ruledOut().stream().filter(r -> r.id().equals(id)).findFirst()
        .map(r -> "`" + escape(id) + "`: " + escape(r.why()))
        .orElse("`" + escape(id) + "`");
  }

  private static SlackMessage message(String fallback, List<ObjectNode> blocks) {
    return new SlackMessage(Mrkdwn.truncate(fallback, Blocks.FALLBACK_TEXT), Blocks.array(blocks));
  }
}
