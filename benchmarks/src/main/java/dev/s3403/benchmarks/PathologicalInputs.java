package dev.s3403.benchmarks;

/** The hostile inputs of the foundation issue, built the same way wherever they are measured. */
public final class PathologicalInputs {
  private PathologicalInputs() {}

  public static String of(String name) {
    return switch (name) {
      // 200 KB of one ARN prefix, no spaces: every ARN, URI and token scanner meets it at every offset.
      case "repeated-arn" -> "arn:aws:s3:::".repeat(200 * 1024 / 13);
      // Quotes that never close, around ARN-like text, so quoted-value patterns keep looking.
      case "unbalanced-quotes" -> ("on resource: \"arn:aws:s3:::b/k \"' User: \"x is not authorized to perform: s3:"
          + " '\"\" ").repeat(2000);
      case "nested-brackets" -> "[".repeat(25_000) + "{(\"Code\": \"AccessDenied\"" + "]".repeat(25_000);
      // Many denial sentences: grouping and the primary choice must stay linear.
      case "repeated-denials" -> ("An error occurred (AccessDenied) when calling the GetObject operation: User: "
          + "arn:aws:iam::111122223333:user/u is not authorized to perform: s3:GetObject on resource: "
          + "\"arn:aws:s3:::b/k\" because no identity-based policy allows the s3:GetObject action\n").repeat(1000);
      case "oversize-2mib" -> "log line without an error\n".repeat(2 * 1024 * 1024 / 26)
          + "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n";
      default -> throw new IllegalArgumentException("unknown input " + name);
    };
  }
}
