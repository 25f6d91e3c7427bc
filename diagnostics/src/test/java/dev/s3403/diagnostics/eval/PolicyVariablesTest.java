package dev.s3403.diagnostics.eval;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyVariablesTest {

  private static final RequestContext CTX = RequestContext.of(Map.of(
      "aws:username", "alice",
      "aws:PrincipalTag/team", "data",
      "aws:TagKeys", List.of("a", "b")));

  /** `<empty>` stands for an unusable value. */
  @ParameterizedTest(name = "`{0}` expands to `{1}`")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      home/${aws:username}/*                 | home/alice/*
      home/${AWS:UserName}                   | home/alice
      ${aws:PrincipalTag/team}-${aws:username} | data-alice
      ${aws:PrincipalTag/cost, 'none'}       | none
      ${aws:PrincipalTag/team, 'none'}       | data
      ${aws:PrincipalTag/cost}               | <empty>
      ${aws:TagKeys}                         | <empty>
      ${aws:TagKeys, 'many'}                 | many
      a${*}b${?}c${$}                        | a*b?c$
      no variables                           | no variables
      unterminated ${aws:username            | unterminated ${aws:username
      """)
  void should_expand_variables_when_text_contains_them(String text, String expected) {
    // WHEN
    Optional<String> expanded = PolicyVariables.expand(text, CTX);
    // THEN
    then(expanded).isEqualTo(expected.equals("<empty>") ? Optional.empty() : Optional.of(expected));
  }

  @ParameterizedTest(name = "`{0}` against `{1}`: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      home/${aws:username}/*  | home/alice/x   | true
      home/${aws:username}/*  | home/bob/x     | false
      file${?}                | file?          | true
      file${?}                | fileX          | false
      ${*}/*                  | */anything     | true
      ${*}/*                  | x/anything     | false
      a.${*}                  | a.*            | true
      """)
  void should_match_substituted_text_literally_when_pattern_is_expanded(String pattern, String value,
      boolean expected) {
    // WHEN
    boolean matches = PolicyVariables.expandLike(pattern, CTX).orElseThrow().matches(value, false);
    // THEN
    then(matches).isEqualTo(expected);
  }

  @Test
  void should_keep_substituted_wildcard_characters_literal_when_context_value_contains_star() {
    // GIVEN
    RequestContext ctx = RequestContext.of(Map.of("aws:username", "a*"));
    // WHEN
    var pattern = PolicyVariables.expandLike("${aws:username}", ctx).orElseThrow();
    // THEN
    then(pattern.matches("a*", false)).isTrue();
    then(pattern.matches("abc", false)).isFalse();
  }
}
