package dev.s3403.prompts.guard;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.prompts.Diagnoses;
import dev.s3403.prompts.facts.Facts;
import dev.s3403.prompts.plain.PlainPhrasing;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard's false alarms: the plain phrasing says only what the engine found, so a model that wrote the same words
 * must pass. Each public scenario's explanation and customer reply are read as if a model had written them.
 */
class GuardOnPlainPhrasingTest {
  static Stream<String> scenarios() {
    return IntStream.rangeClosed(1, 20).mapToObj(i -> "p%03d".formatted(i));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_accept_the_plain_explanation_and_customer_reply_as_a_model_answer(String id) {
    // GIVEN a public scenario's diagnosis and the facts a model would see
    Diagnosis d = Diagnoses.of(id, "");
    Facts facts = Facts.of(d);
    // WHEN its plain words are checked as a model's answer THEN they pass
    then(Guard.check(PlainPhrasing.explain(d), facts, Guard.Use.EXPLAIN)).as("explanation").isEqualTo(new Guard.Verdict.Accepted());
    then(Guard.check(PlainPhrasing.customerReply(d), facts, Guard.Use.CUSTOMER)).as("customer reply")
        .isEqualTo(new Guard.Verdict.Accepted());
  }
}
