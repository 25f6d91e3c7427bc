package dev.s3403.bot.slack.render;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The parent message and the thread replies of every public scenario, against golden files. */
class BlockKitGoldenTest {

  static java.util.stream.Stream<String> scenarios() {
    return Scenarios.ids();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_render_the_golden_messages_when_given_a_public_scenario(String id) {
    // GIVEN
    Scenarios.Rendered s = Scenarios.rendered(id);
    // WHEN
    ObjectNode rendered = Scenarios.JSON.createObjectNode();
    rendered.set("parent", json(BlockKit.parent(s.diagnosis(), s.phrasing())));
    var details = rendered.putArray("details");
    BlockKit.details(s.diagnosis(), s.phrasing()).forEach(m -> details.add(json(m)));
    String actual = Golden.pretty(rendered);
    // THEN
    String name = "blockkit/" + id + ".json";
    String expected = Golden.expected(name, actual);
    then(expected).as("%s is missing: run with -Dgolden.update=true to write it", Golden.path(name)).isNotNull();
    then(Golden.diff(expected, actual))
        .as("%s differs from what renders now (rerun with -Dgolden.update=true if the change is intended)", Golden.path(name))
        .isEmpty();
  }

  static ObjectNode json(SlackMessage m) {
    ObjectNode out = Scenarios.JSON.createObjectNode().put("text", m.text());
    out.set("blocks", m.blocks());
    return out;
  }
}
