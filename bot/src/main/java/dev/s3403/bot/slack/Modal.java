package dev.s3403.bot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The modal {@code /s3-403} alone opens: the error, and optional policy documents or CLI outputs. */
final class Modal {
  static final String ERROR_BLOCK = "error";
  static final String PASTES_BLOCK = "pastes";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Modal() {}

  /** @param channel where the diagnosis goes, carried in the view's private metadata */
  static String json(String channel) {
    ObjectNode view = JSON.createObjectNode().put("type", "modal").put("callback_id", Listeners.MODAL)
        .put("private_metadata", channel == null ? "" : channel);
    view.set("title", text("plain_text", "Diagnose an S3 403"));
    view.set("submit", text("plain_text", "Diagnose"));
    view.set("close", text("plain_text", "Cancel"));
    ArrayNode blocks = view.putArray("blocks");
    blocks.add(input(ERROR_BLOCK, "The error", "An error occurred (AccessDenied) when calling the GetObject operation: …", false));
    blocks.add(input(PASTES_BLOCK, "Policies or CLI outputs (optional)",
        "aws s3api get-bucket-policy output, an IAM policy, head-object output…", true));
    return view.toString();
  }

  private static ObjectNode input(String id, String label, String placeholder, boolean optional) {
    ObjectNode block = JSON.createObjectNode().put("type", "input").put("block_id", id).put("optional", optional);
    block.set("label", text("plain_text", label));
    ObjectNode element = block.putObject("element").put("type", "plain_text_input").put("action_id", id).put("multiline", true);
    element.set("placeholder", text("plain_text", placeholder));
    return block;
  }

  private static ObjectNode text(String type, String text) {
    return JSON.createObjectNode().put("type", type).put("text", text);
  }
}
