package dev.s3403.prompts.guard;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.diagnosis.Diagnoser;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.evidence.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guard lets a faithful answer through and rejects one that invents, swaps the cause, or carries commands. */
class GuardTest {
  private static final String ERROR = "An error occurred (AccessDenied) when calling the GetObject operation: User: "
      + "arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: s3:GetObject on resource: "
      + "\"arn:aws:s3:::acme-reports/2024/q1.csv\" with an explicit deny in a service control policy";
  private static final Diagnosis D = new Diagnoser().diagnose(ERROR, Bundle.empty());

  @Test
  void should_accept_an_answer_that_only_restates_the_facts() {
    // GIVEN a diagnosis whose top cause is an SCP deny, and an answer that says so with its names
    String answer = "Your organization's service control policy blocks s3:GetObject for the role session "
        + "arn:aws:sts::111122223333:assumed-role/app/i-0abc on arn:aws:s3:::acme-reports/2024/q1.csv. "
        + "Only the organization administrator can change it (scp-explicit-deny).";
    // WHEN / THEN
    then(Guard.check(answer, D)).isInstanceOf(Guard.Verdict.Accepted.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an invented ARN        | The bucket policy arn:aws:s3:::other-bucket denies you.                          | ARN
      an invented account    | Account 999988887777 owns the policy that blocks you.                             | account
      an invented action     | You are missing s3:PutBucketPolicy on the bucket.                                 | IAM action
      an invented name       | Statement `DenyEverythingForever` blocks the read.                                | a quoted name
      another cause          | The real problem is kms-decrypt-denied: the key does not trust you.              | another cause
      a command              | Run aws s3api get-bucket-policy --bucket acme-reports to see it.                  | command
      policy JSON            | Add {"Effect": "Allow", "Action": "s3:GetObject"} to your policy.                 | policy JSON
      nothing                | ' '                                                                               | empty
      """)
  void should_reject_an_answer_that_goes_beyond_the_facts(String situation, String answer, String reason) {
    // GIVEN the SCP-deny diagnosis WHEN the guard reads an answer that goes beyond it THEN it is rejected, saying why
    then(Guard.check(answer, D)).as(situation).isInstanceOfSatisfying(Guard.Verdict.Rejected.class,
        r -> then(r.reason()).contains(reason));
  }

  @Test
  void should_reject_an_answer_longer_than_the_limit() {
    then(Guard.check("The SCP blocks the read. ".repeat(100), D)).isInstanceOf(Guard.Verdict.Rejected.class);
  }
}
