package dev.s3403.bot.slack.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Groups of blocks packed into messages of at most {@value Blocks#MESSAGE_BLOCKS} blocks, in order. */
final class Pages {
  private Pages() {}

  /** A group starts a new message when it does not fit in the current one; only a group larger than a message is cut. */
  static List<List<ObjectNode>> pack(List<List<ObjectNode>> groups, int max) {
    List<List<ObjectNode>> pages = new ArrayList<>();
    List<ObjectNode> page = new ArrayList<>();
    for (List<ObjectNode> group : groups) {
      if (!page.isEmpty() && page.size() + group.size() > max) {
        pages.add(page);
        page = new ArrayList<>();
      }
      for (ObjectNode block : group) {
        if (page.size() == max) {
          pages.add(page);
          page = new ArrayList<>();
        }
        page.add(block);
      }
    }
    if (!page.isEmpty()) pages.add(page);
    return pages;
  }
}
