package dev.s3403.diagnostics.policy;

import java.util.List;

/**
 * One condition key under one operator: {@code "ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["a*"]}}
 * becomes operator {@code StringLike}, set qualifier {@code ForAnyValue}, ifExists, key, values. Values are
 * ORed; keys and operators of one statement are ANDed.
 *
 * @param key lower-cased for matching: condition keys are case-insensitive
 */
public record Condition(String operator, SetQualifier qualifier, boolean ifExists, String key, String keyAsWritten,
    List<String> values) {

  public Condition {
    values = List.copyOf(values);
  }

  /** How a multi-valued key is compared. */
  public enum SetQualifier {
    SINGLE, FOR_ALL_VALUES, FOR_ANY_VALUE
  }
}
