package dev.s3403.diagnostics.eval;

/**
 * Who is asking, in the forms a {@code Principal} element can name it.
 *
 * @param kind what sort of caller this is, read from the ARN once so evaluation never looks at the text again
 * @param arn the caller's ARN as AWS reports it (an assumed-role session ARN for a session); null for anonymous
 *     and service callers
 * @param account the caller's 12-digit account; null for anonymous and service callers
 * @param roleArn for an assumed-role session, the role's IAM ARN (what {@code aws:PrincipalArn} holds); for a role
 *     given as the caller, its own ARN (then equal to {@code arn}); else null
 * @param service for a service principal, e.g. {@code cloudfront.amazonaws.com}; else null
 * @param hasPermissionsBoundary whether a permissions boundary is attached: a Deny with NotPrincipal then applies
 *     whatever NotPrincipal lists
 */
public record Caller(Kind kind, String arn, String account, String roleArn, String service,
    boolean hasPermissionsBoundary) {

  /** The sorts of caller whose rules differ. */
  public enum Kind {
    ANONYMOUS, SERVICE, ROOT, USER, ASSUMED_ROLE, FEDERATED_USER,
    /** Any other IAM ARN (a group, an instance profile): no caller AWS authorizes, kept rather than refused. */
    OTHER_IAM;

    /** Whether identity-side policies (identity, boundary, session, SCP) can apply: not to anonymous or services. */
    public boolean hasPrincipalSide() {
      return this != ANONYMOUS && this != SERVICE;
    }

    static Kind of(String arn, String roleArn, String service) {
      if (service != null) return SERVICE;
      if (arn == null) return ANONYMOUS;
      if (roleArn != null) return ASSUMED_ROLE;
      String[] parts = arn.split(":", 6);
      String resource = parts.length == 6 ? parts[5] : "";
      if (resource.equals("root")) return ROOT;
      if (resource.startsWith("federated-user/")) return FEDERATED_USER;
      if (resource.startsWith("user/")) return USER;
      return OTHER_IAM;
    }
  }

  public Caller(String arn, String account, String roleArn, String service) {
    this(Kind.of(arn, roleArn, service), arn, account, roleArn, service, false);
  }

  public Caller withPermissionsBoundary(boolean attached) {
    return new Caller(kind, arn, account, roleArn, service, attached);
  }

  public static Caller anonymous() {
    return new Caller(null, null, null, null);
  }

  public static Caller service(String service) {
    return new Caller(null, null, null, service);
  }

  public boolean isAnonymous() {
    return kind == Kind.ANONYMOUS;
  }
}
