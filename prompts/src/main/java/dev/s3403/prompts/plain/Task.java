package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.diagnosis.Diagnosis;

/** The request in a customer's words: "your request to upload to the bucket `name`". */
final class Task {
  private Task() {}

  static String of(Diagnosis d) {
    String operation = d.request() == null ? null : d.request().operation();
    String bucket = d.request() == null ? null : Names.bucket(d.request().bucket());
    String verb = operation == null ? null : switch (operation) {
      case "GetObject", "HeadObject", "GetObjectAttributes", "GetObjectAcl", "GetObjectTagging", "SelectObjectContent" -> "read an object in";
      case "PutObject", "CreateMultipartUpload", "UploadPart", "CompleteMultipartUpload", "CopyObject", "UploadPartCopy",
          "PutObjectAcl", "PutObjectTagging" -> "upload to";
      case "ListObjects", "ListObjectsV2", "ListObjectVersions", "ListMultipartUploads" -> "list the contents of";
      case "DeleteObject", "DeleteObjects" -> "delete from";
      case "CreateBucket" -> "create";
      default -> null;
    };
    if (bucket != null && verb != null) return "your request to " + verb + " " + bucket;
    if (operation != null && !operation.isBlank()) return "your `" + operation + "` request" + (bucket == null ? "" : " to " + bucket);
    return bucket == null ? "your request" : "your request to " + bucket;
  }
}
