package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.EvidenceWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws organizations describe-policy}: an SCP's or RCP's content, without where it is attached. Every level
 * from the root to the account must allow, so a policy put at a guessed level would change the answer; it only fills
 * the document of a policy the known evidence already lists at its levels.
 */
final class OrganizationPolicy {
  private static final Map<String, String> LISTS =
      Map.of("SERVICE_CONTROL_POLICY", "scps", "RESOURCE_CONTROL_POLICY", "rcps");

  private OrganizationPolicy() {}

  static Recognition read(Input in) {
    JsonNode json = in.json().orElse(Draft.NODES.missingNode());
    JsonNode summary = json.path("Policy").path("PolicySummary");
    JsonNode printed = Policies.isBareDocument(json) ? json : json.path("Policy").get("Content");
    if (printed == null) {
      return in.notRecognized("not the output of `aws organizations describe-policy`: no `Policy.Content`");
    }
    Optional<String> type = Fields.text(summary, "Type");
    if (type.isPresent() && !LISTS.containsKey(type.get())) {
      return in.notRecognized("a `%s` does not decide access; s3-403 reads SCPs and RCPs".formatted(type.get()));
    }
    Optional<String> id = Fields.text(summary, "Id").or(() -> in.option("--policy-id"));
    Optional<String> arn = Fields.text(summary, "Arn");
    if (id.isEmpty() && arn.isEmpty()) {
      return in.notRecognized("an organization policy, but which one? paste the command line too");
    }
    return switch (Policies.decode(printed)) {
      case Policies.NotADocument(String why) -> in.notRecognized("an organization policy that cannot be read: " + why);
      case Policies.Document document -> fill(in, new Named(id, arn, Fields.text(summary, "Name")), type, document);
    };
  }

  /** How the output names the policy: some of its id ({@code p-…}), ARN and name. */
  private record Named(Optional<String> id, Optional<String> arn, Optional<String> name) {
    String shown() {
      return name.or(() -> id).or(() -> arn).orElse("?");
    }
  }

  private static Recognition fill(Input in, Named policy, Optional<String> type, Policies.Document document) {
    Draft draft = new Draft();
    List<String> filled = new ArrayList<>();
    EvidenceWriter.write(in.ctx().known()).path("accounts").properties().forEach(account -> {
      JsonNode organization = account.getValue().path("organization");
      for (String list : type.map(t -> List.of(LISTS.get(t))).orElse(List.of("scps", "rcps"))) {
        if (!(organization.get(list) instanceof ArrayNode levels)) continue;
        ArrayNode copy = levels.deepCopy();
        boolean changed = false;
        for (JsonNode level : copy) {
          for (JsonNode known : level.path("policies")) {
            if (same(known, policy) && known instanceof ObjectNode p) {
              p.set("document", document.json());
              changed = true;
            }
          }
        }
        if (!changed) continue;
        ObjectNode owner = draft.account(account.getKey());
        ObjectNode org = owner.get("organization") instanceof ObjectNode o ? o : owner.putObject("organization");
        org.set(list, copy);
        filled.add("`%s` of account %s".formatted(list, account.getKey()));
      }
    });
    if (filled.isEmpty()) {
      return in.notRecognized(("the organization policy `%s`, but the evidence does not say where it is attached: run "
          + "`aws organizations list-policies-for-target` for the account and each parent, or `s3-403 collect`")
          .formatted(policy.shown()));
    }
    draft.note("the document of `%s` filled in %s".formatted(policy.shown(), String.join(", ", filled)));
    return draft.done(in.command().display());
  }

  private static boolean same(JsonNode known, Named policy) {
    String arn = known.path("arn").asText("");
    return policy.arn().map(arn::equals).orElse(false) || policy.id().map(id -> arn.endsWith("/" + id)).orElse(false);
  }
}
