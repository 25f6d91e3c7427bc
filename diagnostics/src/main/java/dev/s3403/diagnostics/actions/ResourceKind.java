package dev.s3403.diagnostics.actions;

/** The kind of resource an IAM action is authorized against; it decides how the resource ARN is written. */
enum ResourceKind {
  /** {@code arn:aws:s3:::<bucket>}, or the access point ARN given in place of the bucket. */
  BUCKET,
  /** {@code arn:aws:s3:::<bucket>/<key>}, or {@code <access point ARN>/object/<key>}. */
  OBJECT,
  /** Account-level action: the resource is {@code *}. */
  ACCOUNT,
  /** {@code arn:aws:s3:<region>:<account>:accesspoint/<name>}; known only when given as the bucket. */
  ACCESS_POINT,
  /** {@code arn:aws:s3-object-lambda:<region>:<account>:accesspoint/<name>}; known only when given. */
  OBJECT_LAMBDA_ACCESS_POINT,
  /** {@code arn:aws:s3::<account>:accesspoint/<alias>}; known only when given. */
  MULTI_REGION_ACCESS_POINT,
  /** {@code arn:aws:s3express:<region>:<account>:bucket/<name>}; region and account are not in the name. */
  DIRECTORY_BUCKET,
  /** A KMS key: which key the object uses is not in the request. */
  KMS_KEY,
  /** An IAM role passed to S3 (replication, Batch Operations, Access Grants locations). */
  IAM_ROLE,
  /** A Lambda function behind an Object Lambda access point. */
  LAMBDA_FUNCTION,
  /** An S3 Batch Operations job. */
  JOB,
  /** An S3 Storage Lens configuration or group. */
  STORAGE_LENS,
  /** An S3 Access Grants instance, location or grant. */
  ACCESS_GRANTS,
  /** An S3 Tables table bucket or table (metadata tables). */
  TABLE_BUCKET,
  /** Anything else whose ARN cannot be derived from a bucket and key. */
  OTHER
}
