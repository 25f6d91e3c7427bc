package dev.s3403.diagnostics.eval.cases;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

/** The 422 documented cases of {@code eval-cases/}: every one is decided as AWS documents it. */
class EvalCasesAgreementTest {

  @Test
  void everyDocumentedCaseIsDecidedAsAwsDocumentsIt() {
    // GIVEN the cases written from AWS documentation
    // WHEN each is read and evaluated
    var run = CaseRunner.run("/eval-cases/core-logic.jsonl", "/eval-cases/conditions.jsonl",
        "/eval-cases/kms-and-malformed.jsonl", "/eval-cases/docs-org-crossaccount-public.jsonl",
        "/eval-cases/docs-variables-and-traps.jsonl", "/eval-cases/service-rules.jsonl");

    // THEN all 422 ran and none disagrees
    then(run.count()).isEqualTo(422);
    then(run.disagreeing()).isEmpty();
  }
}
