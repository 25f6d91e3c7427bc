package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.policy.Arns;
import java.util.Optional;

/**
 * {@code aws kms get-key-policy} ({@code {"Policy": "<string>", "PolicyName": "default"}}, no key named) and
 * {@code aws kms describe-key} ({@code {"KeyMetadata": {…}}}, which names its key).
 */
final class KmsOutputs {
  private KmsOutputs() {}

  static Recognition keyPolicy(Input in) {
    Optional<JsonNode> json = in.json();
    JsonNode printed = json.map(j -> Policies.isBareDocument(j) ? j : j.get("Policy")).orElse(null);
    if (printed == null) return in.notRecognized("not the output of `aws kms get-key-policy`: no `Policy` in it");
    return switch (Policies.decode(printed)) {
      case Policies.NotADocument(String why) -> in.notRecognized("a key policy that cannot be read: " + why);
      case Policies.Document document -> keyPolicy(in, document);
    };
  }

  private static Recognition keyPolicy(Input in, Policies.Document document) {
    Draft draft = new Draft();
    Optional<String> keyArn = keyArn(in, draft);
    if (keyArn.isEmpty()) {
      return in.notRecognized(in.option("--key-id").map(id -> ("a key policy of `%s`, but that is not a key ARN and no "
          + "known key has it: paste `aws kms describe-key --key-id %s` first").formatted(id, id))
          .orElse("a key policy, but of which key? paste the command line too"));
    }
    ObjectNode key = draft.kmsKey(keyArn.get()).set("policy", document.json());
    Optional.ofNullable(Arns.account(keyArn.get())).ifPresent(a -> key.put("account", a));
    if (document.urlEncoded()) draft.note("the policy was URL-encoded; decoded");
    return draft.done(in.command().display());
  }

  private static Optional<String> keyArn(Input in, Draft draft) {
    Optional<String> given = in.option("--key-id");
    if (given.isPresent()) return KmsKeys.arnOf(given.get(), in);
    String context = in.ctx().kmsKeyArn();
    if (context == null) return Optional.empty();
    draft.note("key `%s` taken from the conversation: the output does not name it".formatted(context));
    return Optional.of(context);
  }

  static Recognition describeKey(Input in) {
    JsonNode metadata = in.json().map(j -> j.path("KeyMetadata")).orElse(Draft.NODES.missingNode());
    Optional<String> arn = Fields.text(metadata, "Arn").filter(Arns::isArn);
    if (arn.isEmpty()) return in.notRecognized("not the output of `aws kms describe-key`: no `KeyMetadata.Arn` in it");
    Draft draft = new Draft();
    ObjectNode key = draft.kmsKey(arn.get());
    Fields.text(metadata, "AWSAccountId").or(() -> Optional.ofNullable(Arns.account(arn.get())))
        .ifPresent(a -> key.put("account", a));
    Fields.text(metadata, "KeyManager").filter(m -> m.equals("AWS") || m.equals("CUSTOMER"))
        .ifPresent(m -> key.put("manager", m));
    Fields.text(metadata, "KeyState").ifPresent(s -> Fields.named(KmsKeyInfo.State.values(), KmsKeyInfo.State::wire, s)
        .ifPresentOrElse(v -> key.put("state", v.wire()),
            () -> draft.note("key state `%s` is not one s3-403 knows".formatted(s))));
    Fields.text(metadata, "DeletionDate").ifPresent(d -> draft.note("the key is scheduled for deletion on " + d));
    return draft.done(in.command().display());
  }
}
