package dev.s3403.diagnostics.eval;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.policy.Condition;
import dev.s3403.diagnostics.policy.Condition.SetQualifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionEvaluatorTest {

  private static final String KEY = "test:Key";

  /** Policy and request values are `;`-separated; request `-` means the key is absent from the request. */
  @ParameterizedTest(name = "{0} {1} {2} against {3}: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      StringEquals              | SINGLE         | alice                   | alice                          | true
      StringEquals              | SINGLE         | alice                   | Alice                          | false
      StringEquals              | SINGLE         | bob;alice               | alice                          | true
      StringEquals              | SINGLE         | alice                   | -                              | false
      StringNotEquals           | SINGLE         | alice                   | bob                            | true
      StringNotEquals           | SINGLE         | bob;alice               | alice                          | false
      StringNotEquals           | SINGLE         | alice                   | -                              | true
      StringEqualsIgnoreCase    | SINGLE         | ALICE                   | alice                          | true
      StringNotEqualsIgnoreCase | SINGLE         | ALICE                   | alice                          | false
      StringNotEqualsIgnoreCase | SINGLE         | ALICE                   | bob                            | true
      StringLike                | SINGLE         | home/*                  | home/alice/x                   | true
      StringLike                | SINGLE         | home/?lice              | home/alice                     | true
      StringLike                | SINGLE         | home/*                  | Home/alice                     | false
      StringLike                | SINGLE         | home/*                  | -                              | false
      StringNotLike             | SINGLE         | tmp/*;logs/*            | home/alice                     | true
      StringNotLike             | SINGLE         | tmp/*;logs/*            | logs/a                         | false
      StringNotLike             | SINGLE         | tmp/*                   | -                              | true
      NumericEquals             | SINGLE         | 10                      | 10.0                           | true
      NumericEquals             | SINGLE         | 10                      | 11                             | false
      NumericNotEquals          | SINGLE         | 10                      | 11                             | true
      NumericNotEquals          | SINGLE         | 10                      | 10                             | false
      NumericLessThan           | SINGLE         | 10                      | 9.5                            | true
      NumericLessThan           | SINGLE         | 10                      | 10                             | false
      NumericLessThanEquals     | SINGLE         | 10                      | 10                             | true
      NumericGreaterThan        | SINGLE         | 10                      | 10.01                          | true
      NumericGreaterThan        | SINGLE         | 10                      | 10                             | false
      NumericGreaterThanEquals  | SINGLE         | 10                      | 10                             | true
      NumericGreaterThanEquals  | SINGLE         | 10                      | abc                            | false
      NumericLessThan           | SINGLE         | 10                      | -                              | false
      DateEquals                | SINGLE         | 2024-01-01T00:00:00Z    | 2024-01-01T01:00:00+01:00      | true
      DateEquals                | SINGLE         | 2024-01-01              | 1704067200                     | true
      DateNotEquals             | SINGLE         | 2024-01-01T00:00:00Z    | 2024-01-02T00:00:00Z           | true
      DateLessThan              | SINGLE         | 2024-06-01T00:00:00Z    | 2024-05-31T23:59:59Z           | true
      DateLessThan              | SINGLE         | 2024-06-01T00:00:00Z    | 2024-06-01T00:00:00Z           | false
      DateLessThanEquals        | SINGLE         | 2024-06-01T00:00:00Z    | 2024-06-01T00:00:00Z           | true
      DateGreaterThan           | SINGLE         | 1717200000              | 2024-06-01T00:00:01Z           | true
      DateGreaterThanEquals     | SINGLE         | 2024-06-01T00:00:00Z    | 2024-05-01T00:00:00Z           | false
      DateGreaterThan           | SINGLE         | 2024-06-01T00:00:00Z    | not-a-date                     | false
      Bool                      | SINGLE         | true                    | true                           | true
      Bool                      | SINGLE         | false                   | TRUE                           | false
      Bool                      | SINGLE         | false                   | -                              | false
      BinaryEquals              | SINGLE         | QmluYXJ5VmFsdWU=        | QmluYXJ5VmFsdWU=               | true
      BinaryEquals              | SINGLE         | QmluYXJ5VmFsdWU=        | T3RoZXI=                       | false
      BinaryEquals              | SINGLE         | QmluYXJ5VmFsdWU=        | %%%                            | false
      IpAddress                 | SINGLE         | 10.0.0.0/8              | 10.200.3.4                     | true
      IpAddress                 | SINGLE         | 10.0.0.0/8              | 11.0.0.1                       | false
      IpAddress                 | SINGLE         | 192.0.2.0/24;10.0.0.0/8 | 192.0.2.77                     | true
      IpAddress                 | SINGLE         | 203.0.113.7             | 203.0.113.7                    | true
      IpAddress                 | SINGLE         | 203.0.113.7/32          | 203.0.113.8                    | false
      IpAddress                 | SINGLE         | 0.0.0.0/0               | 198.51.100.1                   | true
      IpAddress                 | SINGLE         | 2001:db8::/32           | 2001:db8:1::7                  | true
      IpAddress                 | SINGLE         | 2001:db8::/32           | 2001:db9::7                    | false
      IpAddress                 | SINGLE         | 10.0.0.0/8              | 2001:db8::1                    | false
      IpAddress                 | SINGLE         | 10.0.0.0/33             | 10.0.0.1                       | false
      IpAddress                 | SINGLE         | localhost               | 127.0.0.1                      | false
      NotIpAddress              | SINGLE         | 10.0.0.0/8              | 11.0.0.1                       | true
      NotIpAddress              | SINGLE         | 10.0.0.0/8              | 10.0.0.1                       | false
      NotIpAddress              | SINGLE         | 10.0.0.0/8              | -                              | true
      ArnEquals                 | SINGLE         | arn:aws:iam::111122223333:role/app    | arn:aws:iam::111122223333:role/app | true
      ArnEquals                 | SINGLE         | arn:aws:iam::111122223333:role/app    | arn:aws:iam::111122223333:role/App | false
      ArnLike                   | SINGLE         | arn:aws:iam::*:role/app-*             | arn:aws:iam::111122223333:role/app-web | true
      ArnLike                   | SINGLE         | arn:aws:iam::*:role/app-*             | arn:aws:sts::111122223333:role/app-web | false
      ArnLike                   | SINGLE         | arn:aws:s3:::bucket/*                 | arn:aws:s3:::bucket/a:b:c  | true
      ArnLike                   | SINGLE         | arn:aws:*                             | arn:aws:s3:::bucket        | false
      ArnLike                   | SINGLE         | arn:aws:s3:::b                        | not-an-arn                 | false
      ArnNotEquals              | SINGLE         | arn:aws:iam::111122223333:role/app    | arn:aws:iam::111122223333:role/ops | true
      ArnNotLike                | SINGLE         | arn:aws:iam::*:role/app-*             | arn:aws:iam::111122223333:role/app-web | false
      ArnNotLike                | SINGLE         | arn:aws:iam::*:role/app-*             | -                          | true
      StringEquals              | FOR_ALL_VALUES | a;b;c                   | a;b                            | true
      StringEquals              | FOR_ALL_VALUES | a;b                     | a;d                            | false
      StringEquals              | FOR_ALL_VALUES | a;b                     | -                              | true
      StringNotEquals           | FOR_ALL_VALUES | a;b                     | c;d                            | true
      StringNotEquals           | FOR_ALL_VALUES | a;b                     | c;a                            | false
      StringLike                | FOR_ALL_VALUES | env*;team               | environment;team               | true
      StringEquals              | FOR_ANY_VALUE  | a;b                     | x;b                            | true
      StringEquals              | FOR_ANY_VALUE  | a;b                     | x;y                            | false
      StringEquals              | FOR_ANY_VALUE  | a;b                     | -                              | false
      StringNotEquals           | FOR_ANY_VALUE  | a;b                     | a;z                            | true
      StringNotEquals           | FOR_ANY_VALUE  | a;b                     | a;b                            | false
      StringNotEquals           | FOR_ANY_VALUE  | a;b                     | -                              | false
      StringEquals              | SINGLE         | a                       | x;a                            | true
      StringNotEquals           | SINGLE         | a                       | x;a                            | false
      """)
  void should_follow_the_documented_operator_semantics(String operator, SetQualifier qualifier, String policyValues,
      String requestValues, boolean expected) {
    // GIVEN
    Condition c = condition(operator, qualifier, false, policyValues.split(";"));
    RequestContext ctx = requestValues.equals("-")
        ? RequestContext.empty()
        : RequestContext.of(Map.of(KEY, Arrays.asList(requestValues.split(";"))));
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, ctx, true);
    // THEN
    then(result instanceof ConditionResult.Met).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Null {0} with key present: {1}, met: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      true  | false | true
      true  | true  | false
      false | true  | true
      false | false | false
      """)
  void should_test_presence_only_when_operator_is_null(String policyValue, boolean present, boolean expected) {
    // GIVEN
    Condition c = condition("Null", SetQualifier.SINGLE, false, policyValue);
    RequestContext ctx = present ? RequestContext.of(Map.of(KEY, "anything")) : RequestContext.empty();
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, ctx, true);
    // THEN
    then(result instanceof ConditionResult.Met).isEqualTo(expected);
  }

  @Test
  void should_be_met_when_key_is_absent_and_operator_is_if_exists() {
    // GIVEN
    Condition c = condition("StringEquals", SetQualifier.SINGLE, true, "vpce-1a2b3c4d");
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, RequestContext.empty(), true);
    // THEN
    then(result).isEqualTo(new ConditionResult.Met());
  }

  @Test
  void should_still_compare_values_when_if_exists_key_is_present() {
    // GIVEN
    Condition c = condition("StringEquals", SetQualifier.SINGLE, true, "vpce-1a2b3c4d");
    RequestContext ctx = RequestContext.of(Map.of(KEY, "vpce-ffff"));
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, ctx, true);
    // THEN
    then(result).isInstanceOf(ConditionResult.NotMet.class);
  }

  /**
   * "If the key that you specify in a policy condition is not present in the request context, the values do not
   * match and the condition is false. If the policy condition requires that the key is not matched, such as
   * StringNotLike or ArnNotLike, and the right key is not present, the condition is true." (IAM JSON policy
   * elements: Condition operators)
   */
  @Test
  void should_be_met_when_key_is_absent_and_operator_is_negated_as_the_aws_doc_states() {
    // GIVEN
    Condition notEquals = condition("StringNotEquals", SetQualifier.SINGLE, false, "o-abc123");
    Condition equals = condition("StringEquals", SetQualifier.SINGLE, false, "o-abc123");
    // WHEN
    ConditionResult negated = ConditionEvaluator.evaluate(notEquals, RequestContext.empty(), true);
    ConditionResult positive = ConditionEvaluator.evaluate(equals, RequestContext.empty(), true);
    // THEN
    then(negated).isEqualTo(new ConditionResult.Met());
    then(positive).isEqualTo(new ConditionResult.NotMet(KEY, "`test:Key` is not in the request"));
  }

  @Test
  void should_explain_in_backticks_when_ip_address_is_outside_the_block() {
    // GIVEN
    Condition c = new Condition("IpAddress", SetQualifier.SINGLE, false, "aws:sourceip", "aws:SourceIp",
        List.of("10.0.0.0/8"));
    RequestContext ctx = RequestContext.of(Map.of("aws:SourceIp", "203.0.113.7"));
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, ctx, true);
    // THEN
    then(result).isEqualTo(new ConditionResult.NotMet("aws:SourceIp", "`aws:SourceIp` `203.0.113.7` is not in `10.0.0.0/8`"));
  }

  @Test
  void should_name_the_matching_value_when_negated_operator_fails() {
    // GIVEN
    Condition c = condition("StringNotEquals", SetQualifier.SINGLE, false, "a", "b");
    RequestContext ctx = RequestContext.of(Map.of(KEY, "b"));
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, ctx, true);
    // THEN
    then(result).isEqualTo(new ConditionResult.NotMet(KEY, "`test:Key` `b` is equal to `a` or `b`"));
  }

  @Test
  void should_report_null_failure_when_key_is_present_but_must_be_absent() {
    // GIVEN
    Condition c = condition("Null", SetQualifier.SINGLE, false, "true");
    RequestContext ctx = RequestContext.of(Map.of(KEY, "x"));
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, ctx, true);
    // THEN
    then(result).isEqualTo(new ConditionResult.NotMet(KEY, "`test:Key` is present"));
  }

  @Test
  void should_be_unsupported_when_operator_is_unknown() {
    // GIVEN
    Condition c = condition("StringMatchesRegex", SetQualifier.SINGLE, false, ".*");
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, RequestContext.of(Map.of(KEY, "x")), true);
    // THEN
    then(result).isInstanceOf(ConditionResult.Unsupported.class);
  }

  @Test
  void should_expand_variables_in_values_when_expansion_is_on() {
    // GIVEN
    Condition c = condition("StringLike", SetQualifier.SINGLE, false, "home/${aws:username}/*");
    RequestContext ctx = RequestContext.of(Map.of(KEY, "home/alice/notes.txt", "aws:username", "alice"));
    // WHEN
    ConditionResult on = ConditionEvaluator.evaluate(c, ctx, true);
    ConditionResult off = ConditionEvaluator.evaluate(c, ctx, false);
    // THEN
    then(on).isEqualTo(new ConditionResult.Met());
    then(off).isInstanceOf(ConditionResult.NotMet.class);
  }

  @Test
  void should_match_variable_text_literally_when_expansion_is_off() {
    // GIVEN
    Condition c = condition("StringEquals", SetQualifier.SINGLE, false, "${aws:username}");
    RequestContext ctx = RequestContext.of(Map.of(KEY, "${aws:username}", "aws:username", "alice"));
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, ctx, false);
    // THEN
    then(result).isEqualTo(new ConditionResult.Met());
  }

  @Test
  void should_not_match_when_variable_in_value_is_missing_without_default() {
    // GIVEN
    Condition c = condition("StringEquals", SetQualifier.SINGLE, false, "${aws:PrincipalTag/team}");
    RequestContext ctx = RequestContext.of(Map.of(KEY, ""));
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, ctx, true);
    // THEN
    then(result).isInstanceOf(ConditionResult.NotMet.class);
  }

  @Test
  void should_treat_literal_star_as_text_when_string_like_uses_dollar_star() {
    // GIVEN
    Condition c = condition("StringLike", SetQualifier.SINGLE, false, "prefix${*}");
    // WHEN
    ConditionResult literal = ConditionEvaluator.evaluate(c, RequestContext.of(Map.of(KEY, "prefix*")), true);
    ConditionResult other = ConditionEvaluator.evaluate(c, RequestContext.of(Map.of(KEY, "prefixABC")), true);
    // THEN
    then(literal).isEqualTo(new ConditionResult.Met());
    then(other).isInstanceOf(ConditionResult.NotMet.class);
  }

  @Test
  void should_expand_variable_inside_arn_part_when_arn_like_uses_a_key_with_a_colon() {
    // GIVEN
    Condition c = condition("ArnLike", SetQualifier.SINGLE, false, "arn:aws:iam::${aws:PrincipalAccount}:role/*");
    RequestContext ctx = RequestContext.of(Map.of(KEY, "arn:aws:iam::111122223333:role/app",
        "aws:PrincipalAccount", "111122223333"));
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, ctx, true);
    // THEN
    then(result).isEqualTo(new ConditionResult.Met());
  }

  @Test
  void should_find_key_regardless_of_case_when_policy_and_request_spell_it_differently() {
    // GIVEN
    Condition c = new Condition("Bool", SetQualifier.SINGLE, false, "aws:securetransport", "aws:SecureTransport",
        List.of("false"));
    RequestContext ctx = RequestContext.of(Map.of("AWS:SECURETRANSPORT", "false"));
    // WHEN
    ConditionResult result = ConditionEvaluator.evaluate(c, ctx, true);
    // THEN
    then(result).isEqualTo(new ConditionResult.Met());
  }

  private static Condition condition(String operator, SetQualifier qualifier, boolean ifExists, String... values) {
    return new Condition(operator, qualifier, ifExists, KEY.toLowerCase(Locale.ROOT), KEY, List.of(values));
  }
}
