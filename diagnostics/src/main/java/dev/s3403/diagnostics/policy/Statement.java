package dev.s3403.diagnostics.policy;

import java.util.List;

/**
 * One statement, parsed once into values that evaluation can use without looking at JSON again.
 *
 * @param principals null when the statement has no Principal element (principal-side policies)
 * @param resources null only where AWS allows a statement without one
 */
public record Statement(StatementRef ref, Effect effect, Principals principals, Element actions, Element resources,
    List<Condition> conditions) {

  public Statement {
    conditions = List.copyOf(conditions);
  }
}
