package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.policy.Arns;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws iam get-role}, {@code get-role-policy} and {@code list-attached-role-policies}. Only get-role names the
 * role by ARN; the others name it by its bare name, so the account comes from the conversation. A role's identity
 * policies are one list in the bundle: each output adds to the list known so far instead of replacing it.
 */
final class IamRoles {
  private IamRoles() {}

  static Recognition getRole(Input in) {
    JsonNode role = in.json().map(j -> j.path("Role")).orElse(Draft.NODES.missingNode());
    Optional<String> arn = Fields.text(role, "Arn").filter(Arns::isArn);
    if (arn.isEmpty()) return in.notRecognized("not the output of `aws iam get-role`: no `Role.Arn` in it");
    Draft draft = new Draft();
    ObjectNode principal = draft.principal(arn.get()).put("type", "role");
    Optional.ofNullable(Arns.account(arn.get())).ifPresent(a -> principal.put("account", a));
    Fields.text(role, "RoleId").ifPresent(id -> principal.put("id", id));
    Fields.time(role, "CreateDate").ifPresent(t -> principal.put("createDate", t));
    Optional<String> boundary = Fields.text(role.path("PermissionsBoundary"), "PermissionsBoundaryArn");
    if (boundary.isPresent()) {
      principal.putObject("permissionsBoundary").put("name", Arns.name(boundary.get())).put("arn", boundary.get());
      draft.note("the permissions boundary's document is not in this output: run `aws iam get-policy-version "
          + "--policy-arn %s --version-id <its default version>`".formatted(boundary.get()));
    } else {
      principal.putNull("permissionsBoundary");
    }
    ObjectNode tags = principal.putObject("tags");
    role.path("Tags").forEach(t -> Fields.text(t, "Key").ifPresent(k -> tags.put(k, t.path("Value").asText(""))));
    return draft.done(in.command().display());
  }

  static Recognition getRolePolicy(Input in) {
    JsonNode json = in.json().orElse(Draft.NODES.missingNode());
    boolean bare = Policies.isBareDocument(json);
    JsonNode printed = bare ? json : json.get("PolicyDocument");
    if (printed == null) {
      return in.notRecognized("not the output of `aws iam get-role-policy`: no `PolicyDocument` in it");
    }
    return switch (Policies.decode(printed)) {
      case Policies.NotADocument(String why) -> in.notRecognized("an inline policy that cannot be read: " + why);
      case Policies.Document document -> inline(in, json, document);
    };
  }

  private static Recognition inline(Input in, JsonNode json, Policies.Document document) {
    Optional<String> name = Fields.text(json, "PolicyName").or(() -> in.option("--policy-name"));
    Optional<String> roleName = Fields.text(json, "RoleName").or(() -> in.option("--role-name"));
    Draft draft = new Draft();
    Optional<String> role = role(in, roleName, draft);
    if (role.isEmpty()) return in.notRecognized(whichRole("an inline policy", roleName));
    ObjectNode entry = Draft.NODES.objectNode();
    name.ifPresent(n -> entry.put("name", n));
    entry.set("document", document.json());
    ArrayNode policies = KnownPrincipals.identityPolicies(role.get(), in.ctx().known());
    boolean replaced = KnownPrincipals.upsert(policies, entry);
    draft.principal(role.get()).put("type", "role").set("identityPolicies", policies);
    if (document.urlEncoded()) draft.note("the policy document was URL-encoded; decoded");
    draft.note("inline policy `%s` %s the identity policies of `%s` (%d known); the role may have others"
        .formatted(name.orElse("?"), replaced ? "replaces its old copy in" : "added to", role.get(), policies.size()));
    return draft.done(in.command().display());
  }

  static Recognition listAttached(Input in) {
    JsonNode attached = in.json().map(j -> j.path("AttachedPolicies")).orElse(Draft.NODES.missingNode());
    if (!attached.isArray()) {
      return in.notRecognized("not the output of `aws iam list-attached-role-policies`: no `AttachedPolicies`");
    }
    Draft draft = new Draft();
    Optional<String> role = role(in, in.option("--role-name"), draft);
    if (role.isEmpty()) return in.notRecognized(whichRole("the attached policies of a role", in.option("--role-name")));
    ArrayNode policies = KnownPrincipals.identityPolicies(role.get(), in.ctx().known());
    Set<String> listed = new HashSet<>();
    for (JsonNode p : attached) {
      Optional<String> arn = Fields.text(p, "PolicyArn").filter(Arns::isArn);
      if (arn.isEmpty()) continue;
      listed.add(arn.get());
      String name = Fields.text(p, "PolicyName").orElse(Arns.name(arn.get()));
      KnownPrincipals.upsert(policies, Draft.NODES.objectNode().put("name", name).put("arn", arn.get()));
    }
    boolean complete = !Fields.bool(in.json().get(), "IsTruncated").orElse(false);
    // A managed policy known before and no longer listed was detached, unless the list was cut short.
    for (int i = policies.size() - 1; i >= 0 && complete; i--) {
      String arn = policies.get(i).path("arn").asText("");
      if (arn.contains(":policy/") && !listed.contains(arn)) policies.remove(i);
    }
    if (!complete) draft.note("the list is truncated: run it again with `--no-paginate` for the rest");
    draft.principal(role.get()).put("type", "role").set("identityPolicies", policies);
    long unread = 0;
    for (JsonNode p : policies) if (!p.has("document")) unread++;
    if (unread > 0) {
      draft.note(("%d attached %s no document yet: run `aws iam get-policy-version --policy-arn <arn> "
          + "--version-id <default>` for each").formatted(unread, unread == 1 ? "policy has" : "policies have"));
    }
    return draft.done(in.command().display());
  }

  /**
   * The bundle key of the role an output is about: the conversation's role when the name matches or no name is given,
   * else {@code role/<name>} in the conversation's account.
   */
  static Optional<String> role(Input in, Optional<String> name, Draft draft) {
    Optional<String> fromContext =
        KnownPrincipals.ofContext(in.ctx()).filter(k -> Arns.resource(k).startsWith("role/"));
    if (name.isEmpty()) {
      fromContext.ifPresent(
          k -> draft.note("role `%s` taken from the conversation: the output does not name it".formatted(k)));
      return fromContext;
    }
    if (fromContext.isPresent() && Arns.name(fromContext.get()).equals(name.get())) return fromContext;
    String partition = Arns.partition(in.ctx().principalArn());
    return in.account(draft).map(account -> KnownPrincipals.keyFor(
        "arn:%s:iam::%s:role/%s".formatted(partition, account, name.get()), in.ctx().known()));
  }

  private static String whichRole(String what, Optional<String> roleName) {
    return roleName
        .map(n -> "%s of role `%s`, but in which account? say the account or the role ARN".formatted(what, n))
        .orElse(what + ", but of which role? paste the command line too");
  }
}
