package dev.s3403.diagnostics.parse;

/** Small readings of ARN strings that the parser needs. */
final class Arns {
  private Arns() {}

  /** The Region part of an ARN, or null when it has none ({@code arn:aws:s3:::bucket}). */
  static String region(String arn) {
    if (arn == null || !arn.startsWith("arn:")) return null;
    String[] parts = arn.split(":", 5);
    return parts.length < 5 || parts[3].isEmpty() ? null : parts[3];
  }
}
