package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.policy.Statement;

/**
 * Whether one statement applies to one request, and if not, the first element that kept it from applying, in
 * the order AWS documents the elements: principal, action, resource, condition.
 */
public sealed interface StatementMatch {

  Statement statement();

  /** Every element matched: the statement's effect applies. */
  record Applies(Statement statement) implements StatementMatch {}

  /** The Principal or NotPrincipal element does not name the caller. */
  record PrincipalMismatch(Statement statement, String why) implements StatementMatch {}

  /** The Action or NotAction element does not cover the action. */
  record ActionMismatch(Statement statement, String why) implements StatementMatch {}

  /** The Resource or NotResource element does not cover the resource. */
  record ResourceMismatch(Statement statement, String why) implements StatementMatch {}

  /** A condition does not hold; {@code key} as written in the policy. */
  record ConditionMismatch(Statement statement, String key, String why) implements StatementMatch {}

  /** A condition uses an operator this engine does not know, so whether it applies is not known. */
  record Unknown(Statement statement, String why) implements StatementMatch {}
}
