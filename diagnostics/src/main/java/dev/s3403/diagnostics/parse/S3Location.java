package dev.s3403.diagnostics.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bucket and key (or an access point) named by one ARN, URI or URL, where it stands in the text, and how
 * much it is to be trusted.
 *
 * @param rank lower is stronger: 0 the denied resource's ARN, 1 the failing CLI line, 2 request parameters,
 *     3 URIs and ARNs, 4 S3 URLs, 5 error-body fields and tool context
 */
record S3Location(int position, int rank, String bucket, String key, String accessPointArn, String region) {

  // S3's naming rules: lower case, digits, dots and hyphens (HCL names such as ops_audit_bucket are not buckets).
  private static final Pattern REGION_NAME = Pattern.compile("[a-z]{2}(?:-gov)?-[a-z]+-\\d{1,2}");

  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  // Path-style and virtual-hosted S3 hosts, including dualstack, FIPS, accelerate, website and VPC endpoints.
  private static final Pattern HOST = Pattern.compile(
      "(?:(?<vbucket>[a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\\.)?"
          + "(?:vpce-[a-z0-9-]+\\.)?"
          + "(?<svc>s3|s3-fips|s3-accelerate|s3-website|s3-external-1|s3-(?<dashregion>[a-z]{2}(?:-gov)?-[a-z]+-\\d{1,2})"
          + "|s3-website-(?<webregion>[a-z]{2}(?:-gov)?-[a-z]+-\\d{1,2})|s3-accesspoint|s3-object-lambda|s3express-[a-z0-9-]+)"
          + "(?:\\.dualstack)?(?:\\.(?<region>[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}))?(?:\\.vpce)?"
          + "\\.amazonaws\\.com(?:\\.cn)?",
      Pattern.CASE_INSENSITIVE);

  static S3Location ofArn(String arn, int position, int rank) {
    String[] parts = arn.split(":", 6);
    if (parts.length < 6 || !parts[0].equals("arn") || !(parts[2].equals("s3") || parts[2].equals("s3express")
        || parts[2].equals("s3-object-lambda"))) {
      return null;
    }
    String region = parts[3].isEmpty() ? null : parts[3];
    String resource = parts[5];
    if (resource.startsWith("accesspoint/") || resource.startsWith("accesspoint:")) {
      int slash = resource.indexOf('/', "accesspoint/".length());
      String ap = slash < 0 ? arn : arn.substring(0, arn.length() - resource.length() + slash);
      String key = null;
      int object = resource.indexOf("/object/");
      if (object >= 0) key = emptyToNull(resource.substring(object + "/object/".length()));
      return new S3Location(position, rank, null, key, ap, region);
    }
    if (resource.startsWith("bucket/")) resource = resource.substring("bucket/".length());
    if (!parts[4].isEmpty() && parts[2].equals("s3")) return null;   // jobs, storage lens, …: not a bucket
    int slash = resource.indexOf('/');
    String bucket = slash < 0 ? resource : resource.substring(0, slash);
    if (!validBucket(bucket)) return null;
    return new S3Location(position, rank, bucket, slash < 0 ? null : emptyToNull(resource.substring(slash + 1)),
        null, region);
  }

  /** {@code s3://bucket/key}, {@code s3a://}, {@code s3n://}; the key may have spaces when {@code end} says so. */
  static S3Location ofUri(String uri, int position, int rank) {
    int scheme = uri.indexOf("://");
    String rest = uri.substring(scheme + 3);
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    if (!validBucket(bucket)) return null;
    return new S3Location(position, rank, bucket, slash < 0 ? null : emptyToNull(rest.substring(slash + 1)), null,
        null);
  }

  /** An https URL to an S3 endpoint, or null for any other host (a CloudFront or custom domain says nothing). */
  static S3Location ofUrl(String host, String path, int position, int rank) {
    Matcher h = HOST.matcher(host);
    if (!h.matches()) return null;
    String region = h.group("region") != null ? h.group("region")
        : h.group("dashregion") != null ? h.group("dashregion") : h.group("webregion");
    if (region != null) region = region.toLowerCase(Locale.ROOT);
    String svc = h.group("svc").toLowerCase(Locale.ROOT);
    if (svc.equals("s3-accesspoint") || svc.equals("s3-object-lambda")) {
      return new S3Location(position, rank, null, emptyToNull(decode(strip(path))), null, region);
    }
    String p = strip(path);
    // Interface endpoints spell the literal label "bucket." before vpce-…; the bucket is then in the path.
    if (h.group("vbucket") != null && !h.group("vbucket").startsWith("vpce-")
        && !(h.group("vbucket").equals("bucket") && host.contains(".vpce-"))) {
      if (!validBucket(h.group("vbucket"))) return null;
      return new S3Location(position, rank, h.group("vbucket"), emptyToNull(decode(p)), null, region);
    }
    if (p.isEmpty()) return new S3Location(position, 6, null, null, null, region);   // an endpoint: only its Region
    int slash = p.indexOf('/');
    String bucket = slash < 0 ? p : p.substring(0, slash);
    if (!validBucket(bucket)) return null;
    return new S3Location(position, rank, bucket, slash < 0 ? null : emptyToNull(decode(p.substring(slash + 1))),
        null, region);
  }

  static S3Location ofNames(String bucket, String key, int position, int rank) {
    if (bucket == null || !validBucket(bucket)) return null;
    return new S3Location(position, rank, bucket, emptyToNull(key), null, null);
  }

  static boolean validBucket(String b) {
    // A CI log or a careful user masks the bucket: s3://***/key, bucket 'XXX'. What the text shows is reported.
    if (b.length() >= 3 && (b.chars().allMatch(c -> c == '*') || b.chars().allMatch(c -> c == 'X'))) return true;
    return b.length() >= 3 && b.length() <= 255 && BUCKET.matcher(b).matches() && !b.contains("..")
        && !REGION_NAME.matcher(b).matches();   // s3://us-east-1/bucket in a config is a Region, not a bucket
  }

  static String regionOfHost(String host) {
    Matcher h = HOST.matcher(host);
    if (!h.matches()) return null;
    String r = h.group("region") != null ? h.group("region")
        : h.group("dashregion") != null ? h.group("dashregion") : h.group("webregion");
    return r == null ? null : r.toLowerCase(Locale.ROOT);
  }

  private static String strip(String path) {
    String p = path == null ? "" : path;
    int q = p.indexOf('?');
    if (q >= 0) p = p.substring(0, q);
    int hash = p.indexOf('#');
    if (hash >= 0) p = p.substring(0, hash);
    return p.startsWith("/") ? p.substring(1) : p;
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0) return s;
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;   // a stray % is part of the key as written
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
