package dev.s3403.diagnostics.policy;

import java.util.regex.Pattern;

/** The few ARN facts the recognizers and the diagnosis need, without a full ARN model: account, role name, kind. */
public final class Arns {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  private Arns() {}

  public static boolean isArn(String text) {
    if (text == null) return false;
    String[] parts = text.split(":", 6);
    return parts.length == 6 && parts[0].equals("arn") && !parts[1].isEmpty() && !parts[2].isEmpty()
        && !parts[5].isEmpty();
  }

  public static boolean isAccount(String text) {
    return text != null && ACCOUNT.matcher(text).matches();
  }

  /** The account field of an ARN, when it is a 12-digit id; {@code null} otherwise. */
  public static String account(String arn) {
    if (!isArn(arn)) return null;
    String account = arn.split(":", 6)[4];
    return isAccount(account) ? account : null;
  }

  /** {@code iam} or {@code sts}, or {@code null} when not an ARN. */
  public static String service(String arn) {
    return isArn(arn) ? arn.split(":", 6)[2] : null;
  }

  /** The resource part: {@code role/app}, {@code assumed-role/app/i-0abc}, {@code key/1234…}. */
  public static String resource(String arn) {
    return isArn(arn) ? arn.split(":", 6)[5] : "";
  }

  /**
   * The IAM role or user ARN behind a principal ARN: a session ({@code assumed-role/app/s}) becomes its role
   * ({@code role/app}; the session ARN has no role path), an IAM ARN stays as it is; {@code null} for anything else.
   */
  public static String iamArn(String principal) {
    String account = account(principal);
    if (account == null) return null;
    String resource = resource(principal);
    String partition = principal.split(":", 6)[1];
    if ("sts".equals(service(principal)) && resource.startsWith("assumed-role/")) {
      String[] parts = resource.split("/");
      return parts.length >= 2 ? "arn:%s:iam::%s:role/%s".formatted(partition, account, parts[1]) : null;
    }
    if ("iam".equals(service(principal)) && (resource.startsWith("role/") || resource.startsWith("user/"))) {
      return principal;
    }
    return null;
  }

  /** The last path segment of an IAM ARN: the role or user name. */
  public static String name(String iamArn) {
    String resource = resource(iamArn);
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  /** An ARN's partition, {@code aws} unless it says otherwise. */
  public static String partition(String arn) {
    return isArn(arn) ? arn.split(":", 6)[1] : "aws";
  }
}
