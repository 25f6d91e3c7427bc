package dev.s3403.diagnostics.policy;

/**
 * What is wrong with a policy, and where. Messages are lower-case fragments with user input in backticks
 * (house style), e.g. {@code statement 2 (`DenyHttp`) of `bucket policy`: condition operator `StringEqual} is
 * not known}.
 *
 * @param policyName null when the problem is not a policy's but the case's around it
 * @param at null when the problem is the document's, not one statement's
 */
public record PolicyProblem(String policyName, StatementRef at, String what) {

  public String message() {
    // A problem of the case around the policies (a missing request field) names its place in `what` itself.
    if (at == null && policyName == null) return what;
    String where = at != null ? at.describe() : "`" + policyName + "`";
    return where + ": " + what;
  }
}
