package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What HeadObject said about an object. A HEAD answer has no body, so a 404 and a 403 come without an error code and
 * are told apart by their status alone.
 */
sealed interface ObjectHead {
  /** The members every HeadObject answer fills; the Object Lock ones come only with the permissions for them. */
  List<String> ANSWERED = List.of("exists", "encryption", "storageClass", "restored");

  /** 200: the object and its headers. */
  record Found(HeadObjectResponse response) implements ObjectHead {}

  /** 404: S3 says so only to a caller allowed to list the bucket, so the object really does not exist. */
  record Missing() implements ObjectHead {}

  /** 403: most likely AccessDenied, though a HEAD cannot say which 403 it was. */
  record Denied() implements ObjectHead {}

  /** Throws what is neither an answer nor a 404 or 403, for {@link Calls} to record. */
  static ObjectHead of(S3Client s3, String bucket, String key) {
    try {
      return new Found(s3.headObject(r -> r.bucket(bucket).key(key)));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) return new Missing();
      if (e.statusCode() == 403) return new Denied();
      throw e;
    }
  }

  /**
   * The object's members from its headers. The Object Lock headers come only to a caller allowed
   * {@code s3:GetObjectLegalHold} and {@code s3:GetObjectRetention}, so their absence leaves those members unknown.
   */
  static ObjectNode members(HeadObjectResponse r) {
    ObjectNode object = Draft.json().createObjectNode().put("exists", true);
    if (r.serverSideEncryptionAsString() == null) {
      object.putNull("encryption");
    } else {
      ObjectNode encryption = object.putObject("encryption").put("algorithm", r.serverSideEncryptionAsString());
      S3Answers.putKeyArn(encryption, r.ssekmsKeyId());
      encryption.put("bucketKeyEnabled", Boolean.TRUE.equals(r.bucketKeyEnabled()));
    }
    // S3 sends no storage class header for STANDARD objects.
    object.put("storageClass", r.storageClassAsString() == null ? "STANDARD" : r.storageClassAsString());
    object.put("restored", r.restore());
    String legalHold = r.objectLockLegalHoldStatusAsString();
    if (legalHold != null) object.put("legalHold", legalHold.equals("ON"));
    if (r.objectLockRetainUntilDate() != null) object.put("retainUntil", r.objectLockRetainUntilDate().toString());
    return object;
  }
}
