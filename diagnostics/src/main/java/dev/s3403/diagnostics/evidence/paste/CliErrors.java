package dev.s3403.diagnostics.evidence.paste;

import java.util.Optional;
import java.util.Set;

/**
 * Error lines the commands print instead of output. Some say the thing is known not to exist ({@code
 * NoSuchBucketPolicy}: the member is {@code null}); an access denial says the member could not be read (an {@code
 * unavailable} entry); the rest are not evidence about the bucket, key or role.
 */
final class CliErrors {
  private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException", "403", "Forbidden",
      "UnauthorizedOperation", "AllAccessDisabled");

  private CliErrors() {}

  static Recognition read(Input in, Output.Error error) {
    Draft draft = new Draft();
    String code = error.code();
    if (DENIED.contains(code)) return denied(in, draft, code);
    return switch (code) {
      case "NoSuchBucketPolicy" -> bucketMember(in, draft, "policy", "the bucket has no policy");
      case "ServerSideEncryptionConfigurationNotFoundError" ->
          bucketMember(in, draft, "encryption", "the bucket has no default encryption");
      case "OwnershipControlsNotFoundError" -> bucketMember(in, draft, "objectOwnership",
          "the bucket has no Object Ownership setting, so S3 applies ACLs as with ObjectWriter");
      case "NoSuchPublicAccessBlockConfiguration" -> in.command() == Command.GET_ACCOUNT_PUBLIC_ACCESS_BLOCK
          ? account(in, draft) : bucketMember(in, draft, "blockPublicAccess", "the bucket sets no Block Public Access");
      case "NoSuchBucket" -> in.bucket(draft).map(b -> {
        draft.bucket(b).put("exists", false);
        return draft.note("bucket `%s` does not exist".formatted(b)).done(in.command().display());
      }).orElseGet(() -> in.notRecognized("`NoSuchBucket`, but which bucket? paste the command line too"));
      case "NoSuchKey", "404" -> noSuchKey(in, draft);
      default -> in.notRecognized("`%s` from %s is not evidence s3-403 reads: %s".formatted(code, error.apiOperation(),
          meaning(code)));
    };
  }

  private static Recognition bucketMember(Input in, Draft draft, String member, String meaning) {
    Optional<String> bucket = in.bucket(draft);
    if (bucket.isEmpty()) return in.notRecognized(meaning + ", but which bucket? paste the command line too");
    draft.bucket(bucket.get()).putNull(member);
    return draft.note(meaning).done(in.command().display());
  }

  private static Recognition account(Input in, Draft draft) {
    Optional<String> account = in.account(draft);
    if (account.isEmpty()) {
      return in.notRecognized("the account sets no Block Public Access, but which account? paste the command line too");
    }
    draft.account(account.get()).putNull("blockPublicAccess");
    return draft.note("the account sets no Block Public Access").done(in.command().display());
  }

  private static Recognition noSuchKey(Input in, Draft draft) {
    Optional<String> bucket = in.bucket(draft);
    Optional<String> key = in.key(draft);
    if (bucket.isEmpty() || key.isEmpty()) {
      return in.notRecognized("no such object, but which one? paste the command line too");
    }
    draft.object(bucket.get(), key.get()).put("exists", false);
    draft.note("there is no object `%s` in `%s` (S3 says 404 only to callers allowed s3:ListBucket)"
        .formatted(key.get(), bucket.get()));
    return draft.done(in.command().display());
  }

  /** The caller may not read the member: it stays unknown, and says why, as a collector's denial would. */
  private static Recognition denied(Input in, Draft draft, String code) {
    Optional<String> pointer = pointer(in, draft);
    if (pointer.isEmpty()) {
      return in.notRecognized(("`%s` on %s: the caller may not read it, and it is not clear which %s; paste the "
          + "command line too").formatted(code, in.command().action(), in.command().display()));
    }
    draft.unavailable(pointer.get(), "%s on %s".formatted(code, in.command().action()));
    return draft.note("%s could not be read: %s on %s".formatted(pointer.get(), code, in.command().action()))
        .done(in.command().display());
  }

  /** Where in the bundle the command's output would have gone. */
  private static Optional<String> pointer(Input in, Draft draft) {
    return switch (in.command()) {
      case GET_BUCKET_POLICY -> bucketPointer(in, draft, "policy");
      case GET_BUCKET_PUBLIC_ACCESS_BLOCK -> bucketPointer(in, draft, "blockPublicAccess");
      case GET_BUCKET_ENCRYPTION -> bucketPointer(in, draft, "encryption");
      case GET_BUCKET_OWNERSHIP_CONTROLS -> bucketPointer(in, draft, "objectOwnership");
      case GET_BUCKET_REQUEST_PAYMENT -> bucketPointer(in, draft, "requesterPays");
      case GET_BUCKET_ACL -> bucketPointer(in, draft, "acl");
      case HEAD_OBJECT, GET_OBJECT_ACL -> in.bucket(draft).flatMap(b -> in.key(draft).map(k -> "/buckets"
          + Draft.step(b) + "/objects" + Draft.step(k) + (in.command() == Command.GET_OBJECT_ACL ? "/acl" : "")));
      case GET_ACCOUNT_PUBLIC_ACCESS_BLOCK ->
          in.account(draft).map(a -> "/accounts" + Draft.step(a) + "/blockPublicAccess");
      case GET_KEY_POLICY -> keyArn(in).map(k -> "/kmsKeys" + Draft.step(k) + "/policy");
      case DESCRIBE_KEY -> keyArn(in).map(k -> "/kmsKeys" + Draft.step(k));
      case GET_ROLE -> IamRoles.role(in, in.option("--role-name"), draft).map(r -> "/principals" + Draft.step(r));
      case GET_ROLE_POLICY, LIST_ATTACHED_ROLE_POLICIES -> IamRoles.role(in, in.option("--role-name"), draft)
          .map(r -> "/principals" + Draft.step(r) + "/identityPolicies");
      case DESCRIBE_VPC_ENDPOINTS -> in.option("--vpc-endpoint-ids").filter(ids -> !ids.contains(","))
          .map(id -> "/vpcEndpoints" + Draft.step(id));
      case GET_CALLER_IDENTITY, GET_POLICY_VERSION, DESCRIBE_POLICY, POLICY_DOCUMENT -> Optional.empty();
    };
  }

  private static Optional<String> bucketPointer(Input in, Draft draft, String member) {
    return in.bucket(draft).map(b -> "/buckets" + Draft.step(b) + "/" + member);
  }

  private static Optional<String> keyArn(Input in) {
    return in.option("--key-id").flatMap(id -> KmsKeys.arnOf(id, in))
        .or(() -> Optional.ofNullable(in.ctx().kmsKeyArn()));
  }

  private static String meaning(String code) {
    return switch (code) {
      case "NoSuchEntity", "NoSuchEntityException" -> "the role or policy does not exist; say so in the thread";
      case "NotFoundException" -> "the KMS key does not exist in this account and region";
      case "ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId", "SignatureDoesNotMatch" ->
          "the credentials themselves fail; paste it as the error to diagnose";
      default -> "paste the output of a command that succeeds";
    };
  }
}
