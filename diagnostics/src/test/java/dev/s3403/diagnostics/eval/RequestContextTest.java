package dev.s3403.diagnostics.eval;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestContextTest {

  @Test
  void should_find_values_in_any_case_when_keys_are_stored_lower_cased() {
    // GIVEN
    RequestContext ctx = RequestContext.of(Map.of("aws:SourceIp", "203.0.113.7", "aws:TagKeys", List.of("a", "b")));
    // WHEN
    List<String> ip = ctx.get("AWS:SOURCEIP");
    // THEN
    then(ip).containsExactly("203.0.113.7");
    then(ctx.get("aws:tagkeys")).containsExactly("a", "b");
    then(ctx.values()).containsOnlyKeys("aws:sourceip", "aws:tagkeys");
  }

  @Test
  void should_return_null_when_key_is_absent() {
    // WHEN
    List<String> values = RequestContext.empty().get("aws:SourceVpce");
    // THEN
    then(values).isNull();
  }

  @Test
  void should_reject_value_when_it_is_neither_string_nor_list() {
    // WHEN / THEN
    thenThrownBy(() -> RequestContext.of(Map.of("k", 42))).isInstanceOf(IllegalArgumentException.class);
  }
}
