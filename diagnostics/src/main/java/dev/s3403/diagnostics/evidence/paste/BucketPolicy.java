package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * {@code aws s3api get-bucket-policy}: {@code {"Policy": "<the policy as a JSON string>"}}, or the bare document when
 * run with {@code --query Policy --output text}. The output does not name its bucket.
 */
final class BucketPolicy {
  private BucketPolicy() {}

  static Recognition read(Input in) {
    Optional<JsonNode> json = in.json();
    if (json.isEmpty()) return in.notRecognized("`%s` prints JSON; this is not JSON".formatted(in.command().display()));
    JsonNode printed = Policies.isBareDocument(json.get()) ? json.get() : json.get().get("Policy");
    if (printed == null) return in.notRecognized("not the output of `aws s3api get-bucket-policy`: no `Policy` in it");
    return switch (Policies.decode(printed)) {
      case Policies.NotADocument(String why) -> in.notRecognized("a bucket policy that cannot be read: " + why);
      case Policies.Document document -> fill(in, document);
    };
  }

  private static Recognition fill(Input in, Policies.Document document) {
    Draft draft = new Draft();
    Optional<String> bucket = in.bucket(draft);
    if (bucket.isEmpty()) return in.notRecognized("a bucket policy, but for which bucket? paste the command line too");
    draft.bucket(bucket.get()).set("policy", document.json());
    if (document.urlEncoded()) draft.note("the policy was URL-encoded; decoded");
    return draft.done(in.command().display());
  }
}
