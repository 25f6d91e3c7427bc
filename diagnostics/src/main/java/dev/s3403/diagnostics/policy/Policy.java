package dev.s3403.diagnostics.policy;

import java.util.List;

/**
 * A policy document, read once. Only {@code Version} 2012-10-17 expands policy variables; 2008-10-17 (and a
 * missing version) treats {@code ${…}} as text.
 */
public record Policy(String name, PolicyKind kind, String version, List<Statement> statements) {
  public Policy {
    statements = List.copyOf(statements);
  }

  public boolean expandsVariables() {
    return "2012-10-17".equals(version);
  }
}
