package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.policy.Statement;
import java.util.List;

/**
 * What the policies of one type (identity, resource, one SCP level…) say about one request, before the types
 * are combined. A deny wins inside a type as it does across types.
 */
public sealed interface TypeOutcome {

  /** Every statement matched or not, in document order: the {@code --explain} trace. */
  List<StatementMatch> trace();

  /** A Deny statement applies. */
  record ExplicitlyDenied(List<Statement> denies, List<StatementMatch> trace) implements TypeOutcome {}

  /** No Deny applies and at least one Allow does. */
  record Allowed(List<Statement> allows, List<StatementMatch> trace) implements TypeOutcome {}

  /** Policies of this type exist, but none of their statements applies. */
  record ImplicitlyDenied(List<StatementMatch> trace) implements TypeOutcome {}

  /**
   * A statement whose outcome cannot be known (an operator this engine does not evaluate) could change the
   * result, so the type's outcome is not guessed.
   */
  record Unknown(String why, List<StatementMatch> trace) implements TypeOutcome {}
}
