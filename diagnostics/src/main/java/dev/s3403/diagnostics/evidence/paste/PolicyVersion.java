package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceWriter;
import dev.s3403.diagnostics.policy.Arns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws iam get-policy-version}: a managed policy's document, without the policy's ARN (that is in the command
 * line) and without saying whose it is. It goes where the known evidence already lists that ARN, as a permissions
 * boundary or an attached policy, else to the conversation's role as an attached policy.
 */
final class PolicyVersion {
  private PolicyVersion() {}

  static Recognition read(Input in) {
    JsonNode json = in.json().orElse(Draft.NODES.missingNode());
    JsonNode version = json.path("PolicyVersion");
    JsonNode printed = Policies.isBareDocument(json) ? json : version.get("Document");
    if (printed == null) {
      return in.notRecognized("not the output of `aws iam get-policy-version`: no `PolicyVersion.Document`");
    }
    if (!Fields.bool(version, "IsDefaultVersion").orElse(true)) {
      return in.notRecognized(("version `%s` is not the policy's default version, so it grants nothing: paste the "
          + "default version").formatted(Fields.text(version, "VersionId").orElse("?")));
    }
    Optional<String> arn = in.option("--policy-arn").filter(Arns::isArn);
    if (arn.isEmpty()) {
      return in.notRecognized("a managed policy, but which one? paste the command line with `--policy-arn` too");
    }
    return switch (Policies.decode(printed)) {
      case Policies.NotADocument(String why) -> in.notRecognized("a managed policy that cannot be read: " + why);
      case Policies.Document document -> place(in, arn.get(), entry(arn.get(), document, version));
    };
  }

  private static ObjectNode entry(String arn, Policies.Document document, JsonNode version) {
    ObjectNode entry = Draft.NODES.objectNode().put("name", Arns.name(arn)).put("arn", arn);
    Fields.time(version, "CreateDate").ifPresent(t -> entry.put("updatedAt", t));
    entry.set("document", document.json());
    return entry;
  }

  private static Recognition place(Input in, String arn, ObjectNode entry) {
    Draft draft = new Draft();
    Bundle known = in.ctx().known();
    List<String> placed = new ArrayList<>();
    KnownPrincipals.withBoundary(arn, known).forEach((key, old) -> {
      ObjectNode boundary = ((ObjectNode) old).deepCopy().setAll(entry);
      draft.principal(key).set("permissionsBoundary", boundary);
      placed.add("the permissions boundary of `%s`".formatted(key));
    });
    EvidenceWriter.write(known).path("principals").properties().forEach(p -> {
      ArrayNode policies = KnownPrincipals.identityPolicies(p.getKey(), known);
      boolean listed = false;
      for (JsonNode old : policies) listed |= arn.equals(old.path("arn").asText(null));
      if (!listed) return;
      KnownPrincipals.upsert(policies, entry.deepCopy());
      draft.principal(p.getKey()).set("identityPolicies", policies);
      placed.add("an identity policy of `%s`".formatted(p.getKey()));
    });
    if (placed.isEmpty()) {
      Optional<String> principal = KnownPrincipals.ofContext(in.ctx());
      if (principal.isEmpty()) {
        return in.notRecognized(
            "the managed policy `%s`, but whose is it? say the role, or paste `aws iam get-role` first".formatted(arn));
      }
      ArrayNode policies = KnownPrincipals.identityPolicies(principal.get(), known);
      KnownPrincipals.upsert(policies, entry);
      draft.principal(principal.get()).set("identityPolicies", policies);
      placed.add(("an attached policy of `%s` (the conversation's principal; if it is the permissions boundary, paste "
          + "`aws iam get-role` first)").formatted(principal.get()));
    }
    draft.note("`%s` read as %s".formatted(Arns.name(arn), String.join(" and ", placed)));
    return draft.done(in.command().display());
  }
}
