package dev.s3403.prompts.guard;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.prompts.Diagnoses;
import dev.s3403.prompts.facts.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names written without backticks, and causes named in words: the ways a fluent model most often strays. The
 * diagnosis is p004: statement `DenyAccessOutsideVpce` of the bucket policy of `bluefin-customs-filings` admits
 * only requests through a VPC endpoint.
 */
class GuardNamesAndCausesTest {
  private static final Diagnosis D = Diagnoses.of("p004", "");
  private static final Facts FACTS = Facts.of(D);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a bucket by URL                | Copy the file to s3://bluefin-archive-2026 instead.                                  | bucket
      a bucket by name               | The bucket bluefin-archive-2026 has no such rule.                                   | bucket
      a bucket before the word       | Your bluefin-archive-2026 bucket denies the upload.                                 | bucket
      a statement without backticks  | Statement DenyAllUploads42 of the bucket policy refuses the upload.                  | statement, policy or principal
      a policy name                  | The policy named S3FullAccessLegacy is missing the permission.                       | statement, policy or principal
      a condition key                | The Deny tests aws:SourceIp, and your address is outside the range.                  | IAM action
      a role name                    | The role DataAdmin2026 has the permission; switch to it.                            | statement, policy or principal
      a VPC endpoint id              | Send the upload through vpce-0aaaabbbbccccdddd instead.                              | resource id
      a KMS key id                   | The key 1234abcd-12ab-34cd-56ef-1234567890ab refuses you.                             | key id
      a KMS alias                    | Use alias/shared-data-key for the upload.                                            | key id
      an IP address                  | Allow 203.0.113.0/24 in the policy, then upload again.                               | IP address
      a link                         | Follow https://fix-my-s3.example.com/steps to repair the policy.                      | link
      a shell command                | Then curl -X PUT the object with the signed headers.                                 | command
      an SCP in words                | A service control policy of your organization blocks the upload.                     | another cause
      a boundary in words            | Your permissions boundary prevents the upload to the bucket.                         | another cause
      an expiry in words             | The upload failed because your session has expired.                                  | another cause
      """)
  void should_reject_an_explanation_that_names_what_the_diagnosis_does_not(String situation, String answer, String reason) {
    // GIVEN the p004 facts WHEN the guard reads the answer THEN it is rejected, saying why
    then(Guard.check(answer, FACTS, Guard.Use.EXPLAIN)).as(situation)
        .isInstanceOfSatisfying(Guard.Verdict.Rejected.class, r -> then(r.reason()).contains(reason));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      names from the facts           | Statement `DenyAccessOutsideVpce` of the bucket policy of `bluefin-customs-filings` denies `s3:PutObject` unless the request comes through the VPC endpoint (`aws:SourceVpce`).
      the bucket word alone          | Your bucket's own policy refuses the upload. An administrator of the bucket's account can add the exception.
      a layer ruled out in words     | It is not a service control policy; the bucket policy itself refuses the upload.
      the same layer in other words  | The bucket policy blocks every upload that does not arrive through your VPC endpoint.
      ordinary words after statement | The statement that blocks you is in the bucket policy, and the policy applies to everyone.
      """)
  void should_accept_an_explanation_that_keeps_to_the_facts(String situation, String answer) {
    then(Guard.check(answer, FACTS, Guard.Use.EXPLAIN)).as(situation).isInstanceOf(Guard.Verdict.Accepted.class);
  }

  @Test
  void should_let_a_follow_up_explain_a_layer_the_diagnosis_does_not_blame() {
    // GIVEN a follow-up question "what is an SCP?" WHEN the answer explains SCPs without blaming one THEN it passes
    String answer = "A service control policy is an Organizations policy that sets the most any principal in an account "
        + "may do. Here the bucket policy, not an SCP, refuses the upload.";
    then(Guard.check(answer, FACTS, Guard.Use.FOLLOW_UP)).isInstanceOf(Guard.Verdict.Accepted.class);
  }

  @Test
  void should_reject_a_follow_up_that_blames_a_layer_the_diagnosis_does_not() {
    String answer = "The upload is blocked by a service control policy of your organization.";
    then(Guard.check(answer, FACTS, Guard.Use.FOLLOW_UP)).isInstanceOf(Guard.Verdict.Rejected.class);
  }
}
