package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import dev.s3403.diagnostics.policy.Arns;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws sts get-caller-identity}: who the CLI runs as. Run with the failing command's credentials, that is the
 * caller of the failed request, so it becomes {@code request.principal}, and its IAM user or role is recorded with
 * its unique id (a recreated role has a new one).
 */
final class CallerIdentity {
  private CallerIdentity() {}

  /** The three values the output holds, whatever its form. */
  private record Identity(String account, String arn, String userId) {}

  static Recognition read(Input in) {
    Optional<Identity> identity = switch (in.output()) {
      case Output.Json(JsonNode node, boolean trailing) -> json(node);
      case Output.Text(List<List<String>> lines) -> words(lines.stream().flatMap(List::stream).toList());
      case Output.Table(List<List<String>> rows) -> table(rows);
      case Output.Error error -> Optional.empty();
      case Output.Broken broken -> Optional.empty();
    };
    if (identity.isEmpty() || !Arns.isArn(identity.get().arn()) || identity.get().arn().matches(".*\\s.*")) {
      return in.notRecognized("not the output of `%s`: no caller ARN in it".formatted(in.command().display()));
    }
    return fill(identity.get(), in);
  }

  private static Optional<Identity> json(JsonNode node) {
    if (node.isTextual()) return words(List.of(node.textValue()));   // --query Arn
    return Optional.of(new Identity(Fields.text(node, "Account").orElse(null), Fields.text(node, "Arn").orElse(null),
        Fields.text(node, "UserId").orElse(null)));
  }

  // `--output text` prints Account, Arn and UserId in that (alphabetical) order; tell them apart by form instead.
  private static Optional<Identity> words(List<String> words) {
    String account = null;
    String arn = null;
    String userId = null;
    for (String word : words) {
      if (Arns.isAccount(word)) account = word;
      else if (Arns.isArn(word)) arn = word;
      else if (word.matches("A[A-Z0-9]{15,}(:.+)?")) userId = word;
    }
    return Optional.of(new Identity(account, arn, userId));
  }

  private static Optional<Identity> table(List<List<String>> rows) {
    return words(rows.stream().flatMap(List::stream).toList());
  }

  private static Recognition fill(Identity id, Input in) {
    Draft draft = new Draft();
    draft.request().put("principal", id.arn());
    draft.note("`%s` read as the caller of the failed request: run it with the same credentials as the failing command"
        .formatted(id.arn()));
    String iamArn = Arns.iamArn(id.arn());
    if (iamArn != null) {
      String key = KnownPrincipals.keyFor(iamArn, in.ctx().known());
      ObjectNode principal = draft.principal(key);
      String account = id.account() != null ? id.account() : Arns.account(iamArn);
      if (account != null) principal.put("account", account);
      boolean role = Arns.resource(iamArn).startsWith("role/");
      principal.put("type", (role ? PrincipalInfo.Type.ROLE : PrincipalInfo.Type.USER).wire());
      if (id.userId() != null) principal.put("id", id.userId().split(":", 2)[0]);
    }
    return draft.done(in.command().display());
  }
}
