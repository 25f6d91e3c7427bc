package dev.s3403.bot.slack.render;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Packing groups of blocks into messages. */
class PagesTest {

  @Test
  void should_move_a_group_to_the_next_message_when_it_does_not_fit() {
    // GIVEN groups of 3, 2 and 2 blocks, 5 to a message
    List<List<ObjectNode>> groups = List.of(blocks("a", 3), blocks("b", 2), blocks("c", 2));
    // WHEN
    List<List<ObjectNode>> pages = Pages.pack(groups, 5);
    // THEN
    then(pages).extracting(List::size).containsExactly(5, 2);
  }

  @Test
  void should_cut_a_group_when_it_is_larger_than_a_message() {
    // GIVEN
    List<List<ObjectNode>> groups = List.of(blocks("a", 1), blocks("b", 12));
    // WHEN
    List<List<ObjectNode>> pages = Pages.pack(groups, 5);
    // THEN
    then(pages).extracting(List::size).containsExactly(1, 5, 5, 2);
  }

  private static List<ObjectNode> blocks(String name, int n) {
    return IntStream.range(0, n).mapToObj(i -> Blocks.section(name + i)).toList();
  }
}
