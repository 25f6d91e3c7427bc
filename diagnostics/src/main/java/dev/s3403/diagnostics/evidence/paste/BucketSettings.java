package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.BucketInfo;
import java.util.List;
import java.util.Optional;

/**
 * The one-value bucket settings: {@code get-bucket-ownership-controls} and {@code get-bucket-request-payment}, in
 * JSON, text and table form. Neither output names its bucket.
 */
final class BucketSettings {
  private BucketSettings() {}

  static Recognition ownership(Input in) {
    Optional<String> value = switch (in.output()) {
      case Output.Json(JsonNode node, boolean trailing) -> Optional.ofNullable(
          node.path("OwnershipControls").path("Rules").path(0).path("ObjectOwnership").textValue());
      case Output.Text(List<List<String>> lines) -> TextForms.after(lines, "RULES");
      case Output.Table(List<List<String>> rows) -> TextForms.cell(rows, "ObjectOwnership");
      case Output.Error error -> Optional.empty();
      case Output.Broken broken -> Optional.empty();
    };
    Optional<BucketInfo.ObjectOwnership> ownership =
        value.flatMap(v -> Fields.named(BucketInfo.ObjectOwnership.values(), BucketInfo.ObjectOwnership::wire, v));
    if (ownership.isEmpty()) {
      return in.notRecognized("not the output of `%s`: no known `ObjectOwnership` in it"
          .formatted(in.command().display()));
    }
    return bucketMember(in, "objectOwnership", ownership.get().wire(), "the Object Ownership setting");
  }

  static Recognition requestPayment(Input in) {
    Optional<String> payer = switch (in.output()) {
      case Output.Json(JsonNode node, boolean trailing) -> Fields.text(node, "Payer");
      case Output.Text(List<List<String>> lines) -> lines.size() == 1 && lines.getFirst().size() == 1
          ? Optional.of(lines.getFirst().getFirst()) : Optional.empty();
      case Output.Table(List<List<String>> rows) -> TextForms.cell(rows, "Payer");
      case Output.Error error -> Optional.empty();
      case Output.Broken broken -> Optional.empty();
    };
    if (payer.isEmpty() || !List.of("Requester", "BucketOwner").contains(payer.get())) {
      return in.notRecognized("not the output of `%s`: no `Payer` of `Requester` or `BucketOwner` in it"
          .formatted(in.command().display()));
    }
    return bucketMember(in, "requesterPays", payer.get().equals("Requester"), "the Requester Pays setting");
  }

  private static Recognition bucketMember(Input in, String member, Object value, String what) {
    Draft draft = new Draft();
    Optional<String> bucket = in.bucket(draft);
    if (bucket.isEmpty()) return in.notRecognized(what + ", but of which bucket? paste the command line too");
    ObjectNode node = draft.bucket(bucket.get());
    if (value instanceof Boolean b) node.put(member, b);
    else node.put(member, value.toString());
    return draft.done(in.command().display());
  }
}
