package dev.s3403.prompts.plain;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A fix's summary to one readable "how": imperative, without commands, labels or principal JSON. */
class FixWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a page step with a subject       | The bucket owner corrects the ids, or adds exceptions for AWS services                      | correct the ids, or add exceptions for AWS services
      a page step with a label         | Recommended, by the bucket owner: move the grants into the bucket policy, then disable ACLs. With BucketOwnerEnforced it stays so | move the grants into the bucket policy, then disable ACLs
      a step with commands in it       | Make the runtime use the intended identity: unset the variables (unset AWS_PROFILE), and run aws sso login --profile <profile>. | make the runtime use the intended identity
      a step whose colon would double  | Request the right key: fix the name, or write the object first.                             | request the right key — fix the name, or write the object first
      a subject that keeps its verb    | The code or service that creates the session adds the action                                | The code or service that creates the session adds the action
      a step about the uploader        | The uploader adds the canned ACL (it also needs s3:PutObjectAcl on the objects)             | add the canned ACL (this also needs `s3:PutObjectAcl` on the objects)
      """)
  void should_phrase_a_page_step_as_one_clause_when_it_is_the_fix(String situation, String summary, String expected) {
    // WHEN
    String how = FixWords.how(Diagnoses.fix(summary));
    // THEN
    then(how).as(situation).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an identity-policy fix      | allow `s3:GetObject` on `arn:aws:s3:::b/k` in an inline policy of arn:aws:iam::111122223333:role/app | allow `s3:GetObject` on `arn:aws:s3:::b/k` in an inline policy of `arn:aws:iam::111122223333:role/app`
      a bucket-policy fix         | add a statement to the bucket policy of `b` allowing `s3:PutObject` for {"AWS":"arn:aws:iam::111122223333:role/app"} | add a statement to the bucket policy of `b` allowing `s3:PutObject` for `arn:aws:iam::111122223333:role/app`
      a service principal         | add a statement to the bucket policy of `b` allowing `s3:GetObject` for {"Service":"cloudfront.amazonaws.com"} | add a statement to the bucket policy of `b` allowing `s3:GetObject` for the service `cloudfront.amazonaws.com`
      a Deny with an exemption    | The caller sends what the policy expects; or, only if the exception is intended, exempt this request from the denying statement of the bucket policy of `b` (the patch below) | send what the policy expects; or, if an exception for this request is intended, it can be exempted from the denying statement of the bucket policy of `b`
      """)
  void should_keep_the_real_names_and_drop_the_json_when_the_engine_wrote_the_fix(String situation, String summary, String expected) {
    // WHEN
    String how = FixWords.how(Diagnoses.fix(summary));
    // THEN
    then(how).as(situation).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      only a command            | aws s3api put-bucket-policy --bucket b --policy file://p.json
      the evidence lacked it    | the evidence does not hold the policy to change; the steps on the cause's page apply
      nothing                   | ' '
      """)
  void should_give_no_how_when_nothing_readable_is_left(String situation, String summary) {
    then(FixWords.how(Diagnoses.fix(summary))).as(situation).isNull();
  }
}
