package dev.s3403.diagnostics.eval.cases;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

/**
 * The 14 cases of {@code spec/examples/simulate/all-cases.jsonl} (copied into the test resources so a fresh clone
 * tests without the spec beside it).
 */
class SpecExamplesTest {

  @Test
  void everySpecExampleAgreesWithTheDecisionAwsGives() {
    // GIVEN the spec's example cases
    // WHEN each is read and evaluated
    var run = CaseRunner.run("/spec-examples/simulate/all-cases.jsonl");

    // THEN all 14 ran and none disagrees
    then(run.count()).isEqualTo(14);
    then(run.disagreeing()).isEmpty();
  }
}
