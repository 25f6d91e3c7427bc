package dev.s3403.diagnostics.policy;

/**
 * Where a statement stands: which policy, its position (1-based, as people count) and its {@code Sid}.
 *
 * @param sid null when the statement has none
 */
public record StatementRef(String policyName, int index, String sid) {

  /** {@code statement 2 (`DenyHttp`) of `bucket policy`}. */
  public String describe() {
    String statement = sid == null ? "statement " + index : "statement %d (`%s`)".formatted(index, sid);
    return policyName == null ? statement : statement + " of `" + policyName + "`";
  }
}
