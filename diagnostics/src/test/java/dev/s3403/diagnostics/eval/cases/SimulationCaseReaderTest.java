package dev.s3403.diagnostics.eval.cases;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.policy.PolicyProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulationCaseReaderTest {

  private static SimulationCase read(String json) throws Exception {
    return SimulationCaseReader.readOne(new ObjectMapper().readTree(json));
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

  @Test
  void aReaderCompilesEachPolicyOnceAndSharesItAcrossCases() throws Exception {
    // GIVEN the spec examples, which attach the same FullAWSAccess at every SCP level of several cases
    var mapper = new ObjectMapper();
    var lines = new String(getClass().getResourceAsStream("/spec-examples/simulate/all-cases.jsonl").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    var reader = new SimulationCaseReader();

    // WHEN one reader reads them all
    var cases = lines.stream().map(l -> {
      try {
        return reader.read(mapper.readTree(l));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();

    // THEN the levels hold one compiled FullAWSAccess, and fewer documents were compiled than were given
    var first = cases.getFirst().policies().scps();
    then(first.get(0).policies().getFirst()).isSameAs(first.get(1).policies().getFirst());
    long given = cases.stream().mapToLong(c -> c.policies().identity().size()
        + c.policies().scps().stream().mapToLong(l -> l.policies().size()).sum()
        + c.policies().rcps().stream().mapToLong(l -> l.policies().size()).sum()
        + c.policies().vpcEndpoint().size() + (c.policies().resource() == null ? 0 : 1)
        + (c.policies().permissionBoundary() == null ? 0 : 1) + (c.policies().session() == null ? 0 : 1)).sum();
    then(reader.compilations()).isLessThan((int) given);
  }
}
