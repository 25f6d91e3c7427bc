package dev.s3403.prompts.plain;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.diagnosis.Diagnosis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Engine words to customer words: no ARN, account id, statement or policy name survives. */
class NamesTest {
  /** p016: a carrier's role (account 102030405060) uploads into a bucket of account 123456789012. */
  private static final Diagnosis CROSS_ACCOUNT = PublicScenarios.diagnose("p016");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an object ARN          | allow `s3:PutObject` on `arn:aws:s3:::bluefin-carrier-invoices/inbound/x.pdf` | allow `s3:PutObject` on that object
      a bucket's objects     | allow it on arn:aws:s3:::bluefin-carrier-invoices/*.                         | allow it on the objects in the bucket `bluefin-carrier-invoices`.
      a role                 | in an inline policy of `arn:aws:iam::102030405060:role/carrier-billing`       | in an inline policy of your IAM role
      a KMS key              | the key policy of `arn:aws:kms:eu-west-1:123456789012:key/1234abcd`           | the key policy of the KMS key
      the caller's account   | add `102030405060` to the condition                                         | add your account to the condition
      the bucket's account   | owned by account 123456789012                                                | owned by the bucket owner's account
      a statement of an SCP  | exempt it from statement `NoData` of the SCP `NoData`                        | exempt it from the statement of the service control policy
      the caller             | the caller may not use the key, and the caller's own policies do not help    | you may not use the key, and your own IAM policies do not help
      """)
  void should_use_generic_words_when_speaking_to_a_customer(String situation, String engine, String customer) {
    then(Names.forCustomer(engine, CROSS_ACCOUNT)).as(situation).isEqualTo(customer);
  }

  @Test
  void should_not_name_a_bucket_whose_name_carries_an_account_id() {
    then(Names.bucket("cdk-hnb659fds-assets-123456789012-eu-west-1")).isNull();
    then(Names.bucket("bluefin-contracts")).isEqualTo("the bucket `bluefin-contracts`");
  }
}
