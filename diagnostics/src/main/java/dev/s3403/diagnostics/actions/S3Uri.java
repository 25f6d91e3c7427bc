package dev.s3403.diagnostics.actions;

import java.util.Optional;

/**
 * An {@code s3://bucket/key} argument of the AWS CLI.
 *
 * @param bucket the bucket (or access point ARN)
 * @param key    the key or prefix, {@code null} when the URI names only the bucket
 */
record S3Uri(String bucket, String key) {

  private static final String SCHEME = "s3://";

  static Optional<S3Uri> parse(String argument) {
    if (argument == null || !argument.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String rest = argument.substring(SCHEME.length());
    // An access point ARN keeps its own slash: s3://arn:aws:s3:…:accesspoint/name/key
    int accessPoint = rest.startsWith("arn:") ? rest.indexOf("accesspoint/") : -1;
    int slash = rest.indexOf('/', accessPoint < 0 ? 0 : accessPoint + "accesspoint/".length());
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    String key = slash < 0 || slash == rest.length() - 1 ? null : rest.substring(slash + 1);
    return bucket.isEmpty() ? Optional.empty() : Optional.of(new S3Uri(bucket, key));
  }

  /** True when the URI names a prefix ("folder"), not one object. */
  boolean isPrefix() {
    return key == null || key.endsWith("/");
  }

  /** The key a file lands on when copied to this URI: the URI's key, or the prefix plus the file's name. */
  String keyFor(String fileName) {
    if (!isPrefix()) {
      return key;
    }
    if (fileName == null || fileName.isEmpty()) {
      return null;
    }
    return (key == null ? "" : key) + fileName;
  }

  /** The last path segment of a local path or key, or {@code null} for {@code -} (standard input). */
  static String fileName(String path) {
    if (path == null || path.equals("-")) {
      return null;
    }
    String trimmed = path.replaceAll("[/\\\\]+$", "");
    int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
    String name = trimmed.substring(cut + 1);
    return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
  }
}
