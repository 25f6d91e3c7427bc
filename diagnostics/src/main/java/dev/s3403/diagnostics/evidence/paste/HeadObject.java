package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.policy.Arns;
import java.util.Optional;

/**
 * {@code aws s3api head-object}: the object exists, how it is encrypted, its storage class, restore and Object Lock
 * state. S3 leaves some headers out on purpose, and what a missing one means differs: no {@code StorageClass} is
 * STANDARD, no {@code Restore} is no restored copy, but no legal hold or retention date may only mean the caller may
 * not read them ({@code s3:GetObjectLegalHold}, {@code s3:GetObjectRetention}), so those stay unknown.
 */
final class HeadObject {
  private HeadObject() {}

  static Recognition read(Input in) {
    Optional<JsonNode> json = in.json().filter(j -> j.has("ETag") || j.has("ContentLength") || j.has("LastModified"));
    if (json.isEmpty()) {
      return in.notRecognized(
          "not the output of `aws s3api head-object`: no `ETag`, `ContentLength` or `LastModified`");
    }
    JsonNode head = json.get();
    Draft draft = new Draft();
    Optional<String> bucket = in.bucket(draft);
    Optional<String> key = in.key(draft);
    if (bucket.isEmpty() || key.isEmpty()) {
      return in.notRecognized("the metadata of an object, but which %s? paste the command line too"
          .formatted(bucket.isEmpty() ? "bucket" : "key"));
    }
    ObjectNode object = draft.object(bucket.get(), key.get()).put("exists", true);
    encryption(head, object, draft);
    String storage = Fields.text(head, "StorageClass").orElse("STANDARD");
    object.put("storageClass", storage);
    restore(head, object, draft);
    Fields.text(head, "ArchiveStatus").ifPresent(s -> draft.note(
        "Intelligent-Tiering archive status `%s`: restore the object before reading it".formatted(s)));
    Fields.text(head, "ObjectLockLegalHoldStatus").ifPresent(s -> object.put("legalHold", s.equals("ON")));
    Fields.time(head, "ObjectLockRetainUntilDate").ifPresent(t -> object.put("retainUntil", t));
    if (Fields.bool(head, "DeleteMarker").orElse(false)) draft.note("the current version is a delete marker");
    return draft.done(in.command().display());
  }

  private static void encryption(JsonNode head, ObjectNode object, Draft draft) {
    Optional<String> algorithm = Fields.text(head, "ServerSideEncryption");
    if (algorithm.isEmpty()) {
      if (Fields.text(head, "SSECustomerAlgorithm").isPresent()) {
        draft.note("the object is encrypted with a customer-provided key (SSE-C): every read must send that key");
      }
      return;
    }
    ObjectNode encryption = object.putObject("encryption").put("algorithm", algorithm.get());
    Fields.text(head, "SSEKMSKeyId").filter(Arns::isArn).ifPresent(arn -> encryption.put("kmsKeyArn", arn));
    Fields.bool(head, "BucketKeyEnabled").ifPresent(v -> encryption.put("bucketKeyEnabled", v));
  }

  // `ongoing-request="true"` is a restore still running: no readable copy yet.
  private static void restore(JsonNode head, ObjectNode object, Draft draft) {
    Optional<String> restore = Fields.text(head, "Restore");
    if (restore.isEmpty()) {
      object.putNull("restored");
    } else if (restore.get().replace(" ", "").contains("ongoing-request=\"true\"")) {
      object.putNull("restored");
      draft.note("a restore of the object is still in progress");
    } else {
      object.put("restored", restore.get());
    }
  }
}
