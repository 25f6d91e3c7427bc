package dev.s3403.bot.slack.render;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Fix;
import dev.s3403.diagnostics.diagnosis.Question;
import dev.s3403.prompts.Phrasing;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered message stays within Slack's limits, for the public scenarios and for oversized diagnoses. */
class BlockKitLimitsTest {

  static java.util.stream.Stream<Scenarios.Rendered> scenarios() {
    return Scenarios.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_stay_within_slack_limits_when_rendering_every_message_of_a_public_scenario(Scenarios.Rendered s) {
    // GIVEN
    Diagnosis d = s.diagnosis();
    Phrasing p = s.phrasing();
    // WHEN
    List<SlackMessage> messages = everyMessage(d, p);
    // THEN
    messages.forEach(m -> then(SlackLimits.violations(m)).as(m.text()).isEmpty());
  }

  @Test
  void should_split_into_messages_within_limits_when_the_diagnosis_has_a_60_kb_policy_40_questions_and_30_causes() {
    // GIVEN
    Diagnosis d = oversized();
    Phrasing p = new Phrasing("A & B <!channel> ".repeat(1_500), d.questions().stream().map(Question::id).toList(),
        Phrasing.Source.PLAIN, null);
    // WHEN
    List<SlackMessage> details = BlockKit.details(d, p);
    List<SlackMessage> all = everyMessage(d, p);
    // THEN
    then(details).hasSizeGreaterThan(1);
    all.forEach(m -> then(SlackLimits.violations(m)).as(m.text()).isEmpty());
    then(answerButtons(details)).hasSize(40 * 30);
    String patch = String.join("", details.stream().flatMap(m -> sectionTexts(m).stream()).toList());
    then(patch).contains("\"Sid\" : \"Statement599\"");
  }

  @Test
  void should_cut_the_fallback_text_before_an_entity_when_the_headline_is_too_long() {
    // GIVEN 3,999 characters, then an ampersand that becomes &amp; across the 4,000 limit
    String text = "x".repeat(3_997) + "&&&";
    // WHEN
    SlackMessage m = BlockKit.notice(text);
    // THEN
    then(m.text()).hasSizeLessThanOrEqualTo(4_000).endsWith("x…");
    then(SlackLimits.violations(m)).isEmpty();
  }

  static List<SlackMessage> everyMessage(Diagnosis d, Phrasing p) {
    List<SlackMessage> out = new ArrayList<>();
    out.add(BlockKit.parent(d, p));
    out.addAll(BlockKit.details(d, p));
    out.add(BlockKit.update(d.causes().stream().map(c -> c.info().id()).toList(),
        d.ruledOut().stream().map(Diagnosis.RuledOut::id).toList(), d, p));
    out.add(BlockKit.answer(p));
    out.add(BlockKit.customerReplyDraft(p));
    out.add(BlockKit.notice(p.text()));
    return out;
  }

  static List<ObjectNode> answerButtons(List<SlackMessage> messages) {
    List<ObjectNode> out = new ArrayList<>();
    for (SlackMessage m : messages) {
      m.blocks().forEach(b -> b.path("elements").forEach(e -> {
        if (ActionIds.isAnswer(e.path("action_id").asText())) out.add((ObjectNode) e);
      }));
    }
    return out;
  }

  private static List<String> sectionTexts(SlackMessage m) {
    List<String> out = new ArrayList<>();
    m.blocks().forEach(b -> out.add(b.path("text").path("text").asText()));
    return out;
  }

  /** p004's diagnosis with a 60 KB policy patch on the top cause, 30 causes and 40 questions of 30 options each. */
  private static Diagnosis oversized() {
    Diagnosis d = Scenarios.rendered("p004").diagnosis();
    Cause top = d.top();
    ObjectNode policy = Scenarios.JSON.createObjectNode().put("Version", "2012-10-17");
    ArrayNode statements = policy.putArray("Statement");
    IntStream.range(0, 600).forEach(i -> statements.addObject().put("Sid", "Statement" + i).put("Effect", "Allow")
        .put("Action", "s3:GetObject").put("Resource", "arn:aws:s3:::bucket-" + i + "/*"));
    then(policy.toPrettyString().length()).isGreaterThan(60_000);
    Fix bigFix = new Fix(top.fix().summary(), List.of("x".repeat(5_000), "step & <!here>"),
        List.of("aws s3api put-bucket-policy --bucket b --policy file://policy.json", "y".repeat(7_000)),
        new Fix.Patch("/buckets/b/policy", policy), true);
    List<Cause> causes = new ArrayList<>();
    causes.add(new Cause(top.info(), top.status(), top.detail(), top.evidence(), false, bigFix));
    for (int i = 1; i < 30; i++) {
      CheckInfo info = new CheckInfo("synthetic-cause-" + i, "C" + i, "a synthetic cause " + "with a long title ".repeat(20),
          top.info().family(), top.info().severity(), top.info().owner(), i);
      Fix fix = i % 2 == 0 ? null : new Fix("fix " + i, List.of("step"), List.of("aws s3 ls"), null, false);
      causes.add(new Cause(info, i % 2 == 0 ? Status.POSSIBLE : Status.LIKELY, "detail ".repeat(100), List.of(), false, fix));
    }
    List<Question> questions = IntStream.range(0, 40).mapToObj(i -> new Question("question-" + i,
        "Question " + i + " " + "is long ".repeat(500),
        IntStream.range(0, 30).mapToObj(o -> "option " + o + " with a label longer than a button can show, really").toList(),
        "aws s3api head-object --bucket b --key k" + i, List.of("synthetic-cause-1"))).toList();
    return new Diagnosis(d.parsed(), d.request(), d.decision(), d.outcomes(), causes, d.ruledOut(), d.unchecked(),
        d.problems(), questions);
  }
}
