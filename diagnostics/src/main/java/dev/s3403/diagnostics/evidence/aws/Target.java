package dev.s3403.diagnostics.evidence.aws;

/**
 * What a collection is about: the request that was denied, as far as the user knows it.
 *
 * @param principal the IAM user, role or session ARN that was denied; null to use the collector's own identity's
 *     view only (caller identity), as {@code collect} without {@code --principal} does
 * @param operation the S3 operation (GetObject, PutObject, …); null when unknown
 */
public record Target(String bucket, String key, String principal, String operation) {}
