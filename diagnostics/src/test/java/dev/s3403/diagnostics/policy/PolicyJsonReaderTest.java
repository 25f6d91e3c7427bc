package dev.s3403.diagnostics.policy;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.policy.json.PolicyJsonReader;
import dev.s3403.diagnostics.policy.json.PolicyJsonReader.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyJsonReaderTest {

  @Test
  void should_read_a_single_statement_object_like_an_array_of_one() {
    // GIVEN
    String json = """
        {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}""";
    // WHEN
    ReadResult r = PolicyJsonReader.read("ReportsRead", PolicyKind.IDENTITY, json);
    // THEN
    then(r.problems()).isEmpty();
    then(r.policy().statements()).hasSize(1);
    Statement s = r.policy().statements().get(0);
    then(s.effect()).isEqualTo(Effect.ALLOW);
    then(s.actions()).isEqualTo(new Element(List.of("s3:GetObject"), false));
    then(s.resources().values()).containsExactly("arn:aws:s3:::b/*");
    then(r.policy().expandsVariables()).isTrue();
  }

  @Test
  void should_keep_numeric_account_ids_and_boolean_condition_values_as_text() {
    // GIVEN
    String json = """
        {"Version": "2012-10-17", "Statement": [{"Sid": "OnlyTls", "Effect": "Deny", "Principal": {"AWS": [123456789012]},
         "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": false},
         "NumericLessThanEquals": {"s3:max-keys": 10}}}]}""";
    // WHEN
    ReadResult r = PolicyJsonReader.read("bucket policy", PolicyKind.RESOURCE, json);
    // THEN
    then(r.problems()).isEmpty();
    Statement s = r.policy().statements().get(0);
    then(s.principals().byType().get("AWS")).containsExactly("123456789012");
    then(s.conditions()).extracting(Condition::values).containsExactly(List.of("false"), List.of("10"));
    then(s.conditions().get(0).key()).isEqualTo("aws:securetransport");
  }

  @Test
  void should_read_everyone_when_the_principal_is_a_star_in_either_form() {
    // GIVEN
    String star = """
        {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}""";
    String awsStar = """
        {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}""";
    // WHEN
    ReadResult a = PolicyJsonReader.read("p", PolicyKind.RESOURCE, star);
    ReadResult b = PolicyJsonReader.read("p", PolicyKind.RESOURCE, awsStar);
    // THEN
    then(a.policy().statements().get(0).principals().everyone()).isTrue();
    then(b.policy().statements().get(0).principals().everyone()).isTrue();
    then(a.policy().expandsVariables()).as("no Version means 2008-10-17: variables stay text").isFalse();
  }

  @Test
  void should_split_set_qualifier_and_if_exists_from_the_operator() {
    // GIVEN
    String json = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*",
         "Condition": {"ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["team*", "env"]}}}]}""";
    // WHEN
    Condition c = PolicyJsonReader.read("p", PolicyKind.IDENTITY, json).policy().statements().get(0).conditions().get(0);
    // THEN
    then(c.operator()).isEqualTo("StringLike");
    then(c.qualifier()).isEqualTo(Condition.SetQualifier.FOR_ANY_VALUE);
    then(c.ifExists()).isTrue();
    then(c.values()).containsExactly("team*", "env");
  }

  @Test
  void should_name_policy_statement_and_operator_when_the_operator_is_unknown() {
    // GIVEN
    String json = """
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
          {"Sid": "DenyHttp", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*",
           "Condition": {"StringEqual": {"aws:SecureTransport": "false"}}}]}""";
    // WHEN
    ReadResult r = PolicyJsonReader.read("bucket policy", PolicyKind.RESOURCE, json);
    // THEN
    then(r.problems()).extracting(PolicyProblem::message)
        .containsExactly("statement 2 (`DenyHttp`) of `bucket policy`: condition operator `StringEqual` is not known");
    then(r.policy().statements()).hasSize(1);
  }

  @Test
  void should_report_each_element_aws_rejects_without_throwing() {
    // GIVEN
    String json = """
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:*", "Resource": "*"},
          {"Effect": "Permit", "Action": "s3:*", "Resource": "*"},
          {"Action": "s3:*", "Resource": "*"},
          {"Effect": "Allow", "Action": "s3:*", "NotAction": "s3:Delete*", "Resource": "*"},
          {"Effect": "Allow", "Action": "s3:*"},
          {"Effect": "Allow", "Action": {"s3": "x"}, "Resource": "*"}]}""";
    // WHEN
    ReadResult r = PolicyJsonReader.read("ReportsRead", PolicyKind.IDENTITY, json);
    // THEN
    then(r.policy().statements()).isEmpty();
    then(r.problems()).extracting(PolicyProblem::message).containsExactly(
        "statement 1 of `ReportsRead`: `Principal` is not allowed in a policy attached to a principal",
        "statement 2 of `ReportsRead`: `Effect` must be `Allow` or `Deny`, not `Permit`",
        "statement 3 of `ReportsRead`: `Effect` is missing",
        "statement 4 of `ReportsRead`: `Action` and `NotAction` cannot stand together",
        "statement 5 of `ReportsRead`: `Resource` or `NotResource` is missing",
        "statement 6 of `ReportsRead`: Action must be a string or an array of strings");
  }

  @Test
  void should_report_the_document_when_version_or_json_is_wrong() {
    // GIVEN / WHEN
    ReadResult version = PolicyJsonReader.read("p", PolicyKind.IDENTITY, """
        {"Version": "2020-01-01", "Statement": []}""");
    ReadResult notJson = PolicyJsonReader.read("p", PolicyKind.IDENTITY, "{\"Version\": ");
    ReadResult notObject = PolicyJsonReader.read("p", PolicyKind.IDENTITY, "[]");
    // THEN
    then(version.problems()).extracting(PolicyProblem::message)
        .containsExactly("`p`: `Version` must be `2012-10-17` or `2008-10-17`, not `2020-01-01`");
    then(notJson.problems()).singleElement().extracting(PolicyProblem::message).asString().startsWith("`p`: not JSON");
    then(notObject.problems()).extracting(PolicyProblem::message)
        .containsExactly("`p`: a policy document must be a JSON object");
  }
}
