package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code aws s3api get-bucket-encryption}: the first rule's default algorithm and key, the Bucket Key, and the
 * encryption types the bucket refuses ({@code BlockedEncryptionTypes}, which older CLIs do not print: then unknown).
 */
final class BucketEncryption {
  private BucketEncryption() {}

  static Recognition read(Input in) {
    JsonNode rule = in.json().map(j -> j.path("ServerSideEncryptionConfiguration").path("Rules").path(0))
        .orElse(Draft.NODES.missingNode());
    JsonNode defaults = rule.path("ApplyServerSideEncryptionByDefault");
    Optional<String> algorithm = Fields.text(defaults, "SSEAlgorithm");
    if (algorithm.isEmpty()) {
      return in.notRecognized("not the output of `aws s3api get-bucket-encryption`: no `SSEAlgorithm` in it");
    }
    Draft draft = new Draft();
    Optional<String> bucket = in.bucket(draft);
    if (bucket.isEmpty()) {
      return in.notRecognized("a bucket's default encryption, but of which bucket? paste the command line too");
    }
    ObjectNode encryption = draft.bucket(bucket.get()).putObject("encryption").put("algorithm", algorithm.get());
    Fields.text(defaults, "KMSMasterKeyID").ifPresent(id -> KmsKeys.arnOf(id, in).ifPresentOrElse(
        arn -> encryption.put("kmsKeyArn", arn),
        () -> draft.note("`KMSMasterKeyID` `%s` is not a key ARN; run `aws kms describe-key --key-id %s` for it"
            .formatted(id, id))));
    Fields.bool(rule, "BucketKeyEnabled").ifPresent(v -> encryption.put("bucketKeyEnabled", v));
    JsonNode types = rule.path("BlockedEncryptionTypes").path("EncryptionType");
    if (types.isArray()) {
      ArrayNode blocked = encryption.putArray("blockedEncryptionTypes");
      types.forEach(t -> {
        if (t.isTextual() && !t.textValue().equals("NONE")) blocked.add(t.textValue());
      });
    }
    if (in.json().get().path("ServerSideEncryptionConfiguration").path("Rules").size() > 1) {
      draft.note("the bucket has more than one encryption rule; only the first was read");
    }
    return draft.done(in.command().display());
  }
}
