package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.policy.Arns;
import java.util.Optional;

/**
 * An IAM policy document pasted on its own. A policy that names a {@code Principal} is a resource policy: the
 * conversation's bucket's, or its key's when only KMS actions appear; one that names none is an identity policy of the
 * conversation's principal. Either way a note says where it went, since the paste itself does not say.
 */
final class BarePolicy {
  private BarePolicy() {}

  static Recognition read(Input in) {
    return switch (Policies.decode(in.json().orElse(null))) {
      case Policies.NotADocument(String why) -> in.notRecognized("not a policy document: " + why);
      case Policies.Document document -> Policies.hasPrincipal(document.json())
          ? resourcePolicy(in, document.json()) : identityPolicy(in, document.json());
    };
  }

  private static Recognition resourcePolicy(Input in, ObjectNode document) {
    Draft draft = new Draft();
    String bucket = in.ctx().bucket();
    String key = in.ctx().kmsKeyArn();
    boolean kms = Policies.onlyKmsActions(document);
    if (key != null && (kms || bucket == null)) {
      draft.kmsKey(key).set("policy", document);
      Optional.ofNullable(Arns.account(key)).ifPresent(a -> draft.kmsKey(key).put("account", a));
      draft.note("read as the key policy of `%s`: it names a `Principal`%s"
          .formatted(key, kms ? " and only KMS actions" : ""));
    } else if (bucket != null && !kms) {
      draft.bucket(bucket).set("policy", document);
      draft.note("read as the bucket policy of `%s`: it names a `Principal`".formatted(bucket));
    } else {
      return in.notRecognized("a resource policy (it names a `Principal`), but of which %s? paste the command line too"
          .formatted(kms ? "KMS key" : "bucket"));
    }
    return draft.done(in.command().display());
  }

  private static Recognition identityPolicy(Input in, ObjectNode document) {
    Optional<String> principal = KnownPrincipals.ofContext(in.ctx());
    if (principal.isEmpty()) {
      return in.notRecognized("an identity policy (it names no `Principal`), but whose? paste the command line too");
    }
    Draft draft = new Draft();
    ArrayNode policies = KnownPrincipals.identityPolicies(principal.get(), in.ctx().known());
    boolean known = KnownPrincipals.upsert(policies, Draft.NODES.objectNode().set("document", document));
    draft.principal(principal.get()).set("identityPolicies", policies);
    draft.note("read as an identity policy of `%s`: it names no `Principal`%s; the principal may have others"
        .formatted(principal.get(), known ? " (already known)" : ""));
    return draft.done(in.command().display());
  }
}
