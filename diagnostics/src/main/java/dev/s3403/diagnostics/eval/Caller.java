package dev.s3403.diagnostics.eval;

/**
 * Who is asking, in the forms a {@code Principal} element can name it.
 *
 * @param arn the caller's ARN as AWS reports it (an assumed-role session ARN for a session); null for anonymous
 *     and service callers
 * @param account the caller's 12-digit account; null for anonymous and service callers
 * @param roleArn for an assumed-role session, the role's IAM ARN (what {@code aws:PrincipalArn} holds); else null
 * @param service for a service principal, e.g. {@code cloudfront.amazonaws.com}; else null
 * @param hasPermissionsBoundary whether a permissions boundary is attached: a Deny with NotPrincipal then applies
 *     whatever NotPrincipal lists
 */
public record Caller(String arn, String account, String roleArn, String service, boolean hasPermissionsBoundary) {

  public Caller(String arn, String account, String roleArn, String service) {
    this(arn, account, roleArn, service, false);
  }

  public Caller withPermissionsBoundary(boolean attached) {
    return new Caller(arn, account, roleArn, service, attached);
  }

  public static Caller anonymous() {
    return new Caller(null, null, null, null);
  }

  public static Caller service(String service) {
    return new Caller(null, null, null, service);
  }

  public boolean isAnonymous() {
    return arn == null && account == null && service == null;
  }
}
