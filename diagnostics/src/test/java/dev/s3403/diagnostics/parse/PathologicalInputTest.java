package dev.s3403.diagnostics.parse;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

/**
 * Hostile inputs give a sane answer. How fast is measured by {@code PathologicalInputBenchmark}; here only
 * what comes back is checked.
 */
class PathologicalInputTest {
  private final ErrorParser parser = new ErrorParser();

  @Test
  void should_find_no_bucket_when_the_input_is_200_kb_of_one_arn_prefix() {
    // GIVEN
    String input = "arn:aws:s3:::".repeat(200 * 1024 / 13);
    // WHEN
    ParsedError p = parser.parse(input);
    // THEN
    then(p.isAccessDenied()).isFalse();
    then(p.bucket()).isNull();
  }

  @Test
  void should_answer_when_50000_brackets_are_nested_around_an_error() {
    // GIVEN
    String input = "[".repeat(25_000) + "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"
        + "]".repeat(25_000);
    // WHEN
    ParsedError p = parser.parse(input);
    // THEN
    then(p.isAccessDenied()).isTrue();
    then(p.errorCode()).isEqualTo("AccessDenied");
  }

  @Test
  void should_answer_when_quotes_never_close() {
    // GIVEN
    String input = "User: \"x is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::b/k ' \" ".repeat(3000);
    // WHEN
    ParsedError p = parser.parse(input);
    // THEN
    then(p.isAccessDenied()).isTrue();
    then(p.action()).isEqualTo("s3:GetObject");
  }

  @Test
  void should_answer_not_a_denial_when_the_text_is_empty_or_blank() {
    // GIVEN / WHEN
    ParsedError empty = parser.parse("");
    ParsedError blank = parser.parse(" \n\t ");
    ParsedError none = parser.parse(null);
    // THEN
    then(empty.isAccessDenied()).isFalse();
    then(blank.isAccessDenied()).isFalse();
    then(none.isAccessDenied()).isFalse();
  }
}
