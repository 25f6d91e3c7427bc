package dev.s3403.diagnostics.policy;

import java.util.List;
import java.util.Map;

/**
 * A {@code Principal} or {@code NotPrincipal} element. {@code "*"} and {@code {"AWS": "*"}} both mean everyone,
 * anonymous callers included. Account ids given as JSON numbers are kept as their 12-digit strings.
 *
 * @param byType values per principal type: {@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}
 */
public record Principals(boolean everyone, Map<String, List<String>> byType, boolean negated) {
  public Principals {
    byType = Map.copyOf(byType);
  }
}
