package dev.s3403.bot.slack.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Block Kit blocks we use, as Jackson JSON, and Slack's limits on them. Text given here is already escaped; every
 * builder cuts it to its limit, so no block can be refused for its length.
 */
final class Blocks {
  /** Characters in a section's text. */
  static final int SECTION_TEXT = 3_000;
  /** Characters in a header's plain text. */
  static final int HEADER_TEXT = 150;
  /** Blocks in one message. */
  static final int MESSAGE_BLOCKS = 50;
  /** Characters in a button's text. */
  static final int BUTTON_TEXT = 75;
  /** Characters in a button's value. */
  static final int BUTTON_VALUE = 2_000;
  /** Elements in one actions block. */
  static final int ACTIONS_ELEMENTS = 25;
  /** Characters in a message's top-level text, the notification fallback. */
  static final int FALLBACK_TEXT = 4_000;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Blocks() {}

  static ObjectNode section(String mrkdwn) {
    ObjectNode block = JSON.objectNode().put("type", "section");
    block.putObject("text").put("type", "mrkdwn").put("text", Mrkdwn.truncate(mrkdwn, SECTION_TEXT));
    return block;
  }

  /** Sections for text of any length, cut where Slack's limit needs it. */
  static List<ObjectNode> sections(String mrkdwn) {
    return Mrkdwn.chunks(mrkdwn, SECTION_TEXT).stream().map(Blocks::section).toList();
  }

  /** At most {@code max} sections; the last ends with an ellipsis when the text is longer. */
  static List<ObjectNode> sections(String mrkdwn, int max) {
    List<String> chunks = Mrkdwn.chunks(mrkdwn, SECTION_TEXT);
    if (chunks.size() <= max) return chunks.stream().map(Blocks::section).toList();
    List<ObjectNode> out = new ArrayList<>();
    chunks.subList(0, max - 1).forEach(c -> out.add(section(c)));
    out.add(section(Mrkdwn.truncate(chunks.get(max - 1) + " " + chunks.get(max), SECTION_TEXT)));
    return out;
  }

  static ObjectNode header(String plain) {
    ObjectNode block = JSON.objectNode().put("type", "header");
    block.set("text", plainText(Mrkdwn.truncate(plain, HEADER_TEXT)));
    return block;
  }

  /** Context blocks (small grey text) for text of any length. */
  static List<ObjectNode> contexts(String mrkdwn) {
    return Mrkdwn.chunks(mrkdwn, SECTION_TEXT).stream().map(Blocks::context).toList();
  }

  static ObjectNode context(String mrkdwn) {
    ObjectNode block = JSON.objectNode().put("type", "context");
    block.putArray("elements").addObject().put("type", "mrkdwn").put("text", Mrkdwn.truncate(mrkdwn, SECTION_TEXT));
    return block;
  }

  /**
   * A button; the text is escaped plain text, the value is data for our listener and is not escaped.
   *
   * @throws IllegalArgumentException when the value is longer than Slack allows (a value cannot be cut and still mean
   *     the same thing)
   */
  static ObjectNode button(String plain, String actionId, String value) {
    if (value.length() > BUTTON_VALUE) throw new IllegalArgumentException("button value longer than " + BUTTON_VALUE);
    ObjectNode button = JSON.objectNode().put("type", "button");
    button.set("text", plainText(Mrkdwn.truncate(plain, BUTTON_TEXT)));
    return button.put("action_id", actionId).put("value", value);
  }

  /** One actions block per 25 buttons. */
  static List<ObjectNode> actions(List<ObjectNode> buttons) {
    List<ObjectNode> out = new ArrayList<>();
    for (int from = 0; from < buttons.size(); from += ACTIONS_ELEMENTS) {
      ObjectNode block = JSON.objectNode().put("type", "actions");
      block.putArray("elements").addAll(buttons.subList(from, Math.min(buttons.size(), from + ACTIONS_ELEMENTS)));
      out.add(block);
    }
    return out;
  }

  static ObjectNode divider() {
    return JSON.objectNode().put("type", "divider");
  }

  static ArrayNode array(List<ObjectNode> blocks) {
    return JSON.arrayNode().addAll(blocks);
  }

  private static ObjectNode plainText(String text) {
    return JSON.objectNode().put("type", "plain_text").put("text", text).put("emoji", true);
  }
}
