package dev.s3403.diagnostics.policy;

/**
 * What is wrong with a policy, and where. Messages are lower-case fragments with user input in backticks
 * (house style), e.g. {@code statement 2 (`DenyHttp`) of `bucket policy`: condition operator `StringEqual} is
 * not known}.
 *
 * @param at null when the problem is the document's, not one statement's
 */
public record PolicyProblem(String policyName, StatementRef at, String what) {

  public String message() {
    String where = at != null ? at.describe() : policyName == null ? "policy" : "`" + policyName + "`";
    return where + ": " + what;
  }
}
