package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.Grant;
import dev.s3403.diagnostics.evidence.Grantee;
import java.util.Optional;

/**
 * {@code aws s3api get-object-acl} and {@code get-bucket-acl}: {@code {"Owner": {…}, "Grants": […]}}, the same
 * shape for both, so the command line (or the conversation's question) says whose ACL it is.
 */
final class Acls {
  private Acls() {}

  static Recognition read(Input in) {
    Optional<JsonNode> json = in.json().filter(j -> j.has("Grants"));
    if (json.isEmpty()) {
      return in.notRecognized("not the output of `%s`: no `Grants` in it".formatted(in.command().display()));
    }
    Draft draft = new Draft();
    ObjectNode acl = Draft.NODES.objectNode();
    Fields.text(json.get().path("Owner"), "ID").ifPresent(id -> acl.put("owner", id));
    ArrayNode grants = acl.putArray("grants");
    for (JsonNode grant : json.get().get("Grants")) grants.add(grant(grant, draft));
    Optional<String> bucket = in.bucket(draft);
    if (bucket.isEmpty()) return in.notRecognized("an ACL, but of which bucket? paste the command line too");
    if (in.command() == Command.GET_BUCKET_ACL) {
      draft.bucket(bucket.get()).set("acl", acl);
      return draft.done(in.command().display());
    }
    Optional<String> key = in.key(draft);
    if (key.isEmpty()) return in.notRecognized("an object's ACL, but of which object? paste the command line too");
    draft.object(bucket.get(), key.get()).set("acl", acl);
    return draft.done(in.command().display());
  }

  private static ObjectNode grant(JsonNode grant, Draft draft) {
    ObjectNode out = Draft.NODES.objectNode();
    JsonNode grantee = grant.path("Grantee");
    ObjectNode to = Draft.NODES.objectNode();
    Fields.text(grantee, "Type").flatMap(t -> Fields.named(Grantee.Type.values(), Grantee.Type::wire, t))
        .ifPresent(t -> to.put("type", t.wire()));
    Fields.text(grantee, "ID").ifPresent(id -> to.put("id", id));
    Fields.text(grantee, "URI").ifPresent(uri -> to.put("uri", uri));
    Fields.text(grantee, "EmailAddress").ifPresent(
        email -> draft.note("a grant to `%s` by e-mail: its canonical id is not shown".formatted(email)));
    out.set("grantee", to);
    Fields.text(grant, "Permission").flatMap(p -> Fields.named(Grant.Permission.values(), Grant.Permission::wire, p))
        .ifPresent(p -> out.put("permission", p.wire()));
    return out;
  }
}
