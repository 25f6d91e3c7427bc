package dev.s3403.diagnostics.policy;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTest {

  @ParameterizedTest(name = "`{0}` against `{1}` (ignore case: {2}) is {3}")
  @CsvSource(delimiter = '|', textBlock = """
      s3:GetObject          | s3:GetObject                   | true  | true
      s3:getobject          | s3:GetObject                   | true  | true
      s3:getobject          | s3:GetObject                   | false | false
      s3:Get*               | s3:GetObjectVersion            | true  | true
      s3:*Object            | s3:PutObject                   | true  | true
      s3:*Object            | s3:PutObjectAcl                | true  | false
      *                     | ''                             | false | true
      ''                    | ''                             | false | true
      ''                    | a                              | false | false
      arn:aws:s3:::b/*      | arn:aws:s3:::b                 | false | false
      arn:aws:s3:::b/*      | arn:aws:s3:::b/                | false | true
      arn:aws:s3:::b/*      | arn:aws:s3:::b/k/l.csv         | false | true
      arn:aws:s3:::b*       | arn:aws:s3:::bucket            | false | true
      arn:aws:s3:::B/*      | arn:aws:s3:::b/k               | false | false
      arn:aws:s3:::b/?.csv  | arn:aws:s3:::b/q.csv           | false | true
      arn:aws:s3:::b/?.csv  | arn:aws:s3:::b/q1.csv          | false | false
      *a*b                  | xaxb                           | false | true
      *a*b                  | xbxa                           | false | false
      a*a                   | a                              | false | false
      a*a                   | aa                             | false | true
      *ab*ab*               | abab                           | false | true
      *ab*ab*               | aba                            | false | false
      ??*                   | ab                             | false | true
      ??*                   | a                              | false | false
      home/${aws:username}/* | home/${aws:username}/x       | false | true
      """)
  void should_match_as_iam_does(String pattern, String text, boolean ignoreCase, boolean expected) {
    // GIVEN / WHEN
    boolean matched = Wildcard.matches(pattern, text, ignoreCase);
    // THEN
    then(matched).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void should_answer_a_pathological_pattern_against_a_long_resource() {
    // GIVEN
    String text = "a".repeat(10_000);
    // WHEN / THEN
    then(Wildcard.matches("*a*a*a*a*a*a*a*b", text, false)).isFalse();
    then(Wildcard.matches("*a*a*a*a*a*a*a*a", text, false)).isTrue();
  }
}
