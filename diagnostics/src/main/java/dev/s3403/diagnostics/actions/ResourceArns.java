package dev.s3403.diagnostics.actions;

/**
 * Writes resource ARNs from a request's bucket and key.
 *
 * <p>The bucket may also be an access point, Multi-Region Access Point, Object Lambda access point or
 * directory bucket ARN, which SDKs accept in place of a bucket name.
 */
final class ResourceArns {

  private static final String DIRECTORY_BUCKET_SUFFIX = "--x-s3";

  private ResourceArns() {
  }

  /** The ARN of {@code kind} for this bucket and key, {@code "*"}, or {@code null} when a part is unknown. */
  static String of(ResourceKind kind, String bucket, String key) {
    return switch (kind) {
      case ACCOUNT -> "*";
      case BUCKET -> bucket(bucket);
      case OBJECT -> object(bucket, key);
      case DIRECTORY_BUCKET -> given(bucket, "s3express", true);
      case ACCESS_POINT -> given(bucket, "s3", true);
      case MULTI_REGION_ACCESS_POINT -> given(bucket, "s3", false);
      case OBJECT_LAMBDA_ACCESS_POINT -> given(bucket, "s3-object-lambda", true);
      // The request never says which key, role, function, job or configuration is involved.
      case KMS_KEY, IAM_ROLE, LAMBDA_FUNCTION, JOB, STORAGE_LENS, ACCESS_GRANTS, TABLE_BUCKET, OTHER -> null;
    };
  }

  static String bucket(String bucket) {
    if (isBlank(bucket)) {
      return null;
    }
    return isArn(bucket) ? bucket : "arn:aws:s3:::" + bucket;
  }

  static String object(String bucket, String key) {
    if (isBlank(bucket) || isBlank(key)) {
      return null;
    }
    if (!isArn(bucket)) {
      return "arn:aws:s3:::" + bucket + "/" + key;
    }
    String[] parts = bucket.split(":", 6);
    if (parts.length == 6 && parts[2].equals("s3") && parts[5].startsWith("accesspoint/")) {
      return bucket + "/object/" + key;
    }
    // An Object Lambda access point is itself the resource of the object actions sent through it.
    return parts.length == 6 && parts[2].equals("s3-object-lambda") ? bucket : null;
  }

  /** True for a directory bucket name ({@code name--azid--x-s3}) or an {@code s3express} bucket ARN. */
  static boolean isDirectoryBucket(String bucket) {
    return !isBlank(bucket) && (bucket.endsWith(DIRECTORY_BUCKET_SUFFIX) || service(bucket).equals("s3express"));
  }

  static boolean isObjectLambdaAccessPoint(String bucket) {
    return !isBlank(bucket) && service(bucket).equals("s3-object-lambda");
  }

  /** The bucket argument itself when it is an ARN of that service with (or without) a region. */
  private static String given(String bucket, String service, boolean regional) {
    if (isBlank(bucket) || !service(bucket).equals(service)) {
      return null;
    }
    boolean hasRegion = !bucket.split(":", 6)[3].isEmpty();
    return hasRegion == regional ? bucket : null;
  }

  private static String service(String value) {
    String[] parts = value.split(":", 6);
    return isArn(value) && parts.length == 6 ? parts[2] : "";
  }

  private static boolean isArn(String value) {
    return value.startsWith("arn:");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
