package dev.s3403.diagnostics.eval.cases;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.policy.PolicyProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulationCaseReaderTest {

  private static SimulationCase read(String json) throws Exception {
    return SimulationCaseReader.read(new ObjectMapper().readTree(json));
  }

  @ParameterizedTest(name = "{0} is read as arn {1}, account {2}, role {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      arn:aws:sts::111122223333:assumed-role/reader/s1 | arn:aws:sts::111122223333:assumed-role/reader/s1 | 111122223333 | arn:aws:iam::111122223333:role/reader
      arn:aws:iam::111122223333:user/alice             | arn:aws:iam::111122223333:user/alice             | 111122223333 | -
      111122223333                                     | arn:aws:iam::111122223333:root                   | 111122223333 | -
      anonymous                                        | -                                                | -            | -
      """)
  void principalFormsBecomeCallers(String principal, String arn, String account, String role) throws Exception {
    // GIVEN a case with one of the documented principal forms
    // WHEN it is read
    var c = read("{\"request\":{\"principal\":\"%s\",\"action\":\"s3:GetObject\",\"resource\":\"arn:aws:s3:::b/k\"}}"
        .formatted(principal));

    // THEN the caller carries the ARN, account and role the form implies
    then(c.problems()).isEmpty();
    then(c.caller().arn()).isEqualTo(arn);
    then(c.caller().account()).isEqualTo(account);
    then(c.caller().roleArn()).isEqualTo(role);
  }

  @Test
  void missingFieldsAndBadPolicyAreProblemsNamingWhere() throws Exception {
    // GIVEN a case without an action and with a misspelt operator in its bucket policy
    String json = """
        {"request":{"principal":"someone","resource":"arn:aws:s3:::b/k"},
         "policies":{"resource":{"name":"bucket policy","document":{"Version":"2012-10-17","Statement":[
           {"Sid":"DenyHttp","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*",
            "Condition":{"StringEqual":{"aws:SecureTransport":"false"}}}]}}}}
        """;

    // WHEN it is read
    var c = read(json);

    // THEN each problem says what and where, and nothing is thrown
    then(c.problems()).extracting(PolicyProblem::message).containsExactly(
        "`request.action` is missing",
        "`request.principal` `someone` is not an ARN, account, service principal or `anonymous`",
        "statement 1 (`DenyHttp`) of `bucket policy`: condition operator `StringEqual` is not known");
  }

  @Test
  void kmsResourceGivesItsAccountWhenNoneIsStated() throws Exception {
    // GIVEN a KMS key ARN and no resourceAccount
    // WHEN the case is read
    var c = read("{\"request\":{\"principal\":\"anonymous\",\"action\":\"kms:Decrypt\","
        + "\"resource\":\"arn:aws:kms:us-east-1:444455556666:key/1234abcd\"}}");

    // THEN the key's account is the resource account
    then(c.resourceAccount()).isEqualTo("444455556666");
  }
}
