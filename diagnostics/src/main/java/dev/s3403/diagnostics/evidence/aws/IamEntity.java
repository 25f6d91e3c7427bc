package dev.s3403.diagnostics.evidence.aws;

import dev.s3403.diagnostics.policy.Arns;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The IAM role or user behind a principal, as GetRole or GetUser describe it.
 *
 * @param arn the ARN with the path AWS returns: the bundle's key for the principal
 * @param type {@code role} or {@code user}
 * @param boundaryArn the permissions boundary's policy ARN; null when there is none
 */
record IamEntity(String arn, String type, String id, Instant createDate, String boundaryArn, Map<String, String> tags,
    PolicyOwner owner) {

  /**
   * GetRole or GetUser by name. IAM answers by name within the collector's own account only, so an answer for
   * another account, or a NoSuchEntity that cannot be checked against the collector's account, is not taken at face
   * value (a cross-account caller is a common cause of an S3 AccessDenied).
   *
   * @param area where the principal's absence or unavailability is written
   * @return the entity, or null when the draft says why there is none
   */
  static IamEntity find(AwsContext aws, Draft draft, String area, String iamArn) {
    String account = Arns.account(iamArn);
    String name = Arns.name(iamArn);
    boolean role = Arns.resource(iamArn).startsWith("role/");
    Optional<IamEntity> found = Calls.call(draft, area, role ? "iam:GetRole" : "iam:GetUser", Set.of(), () -> {
      try {
        return Optional.of(role ? of(aws.iam().getRole(b -> b.roleName(name)).role())
            : of(aws.iam().getUser(b -> b.userName(name)).user()));
      } catch (NoSuchEntityException e) {
        return Optional.empty();
      }
    });
    if (found == null) return null;
    if (found.isPresent()) {
      String answered = Arns.account(found.get().arn());
      if (account.equals(answered)) return found.get();
      draft.unavailable(area, otherAccount(account, answered));
      return null;
    }
    GetCallerIdentityResponse me = Calls.call(draft, area, "sts:GetCallerIdentity", Set.of(),
        () -> aws.sts().getCallerIdentity());
    if (me == null) return null;
    if (account.equals(me.account())) draft.none(area);
    else draft.unavailable(area, otherAccount(account, me.account()));
    return null;
  }

  private static String otherAccount(String principalAccount, String collectorAccount) {
    return "the principal is in account `%s` and IAM answers the collector for its own account `%s` only"
        .formatted(principalAccount, collectorAccount);
  }

  private static IamEntity of(Role r) {
    return new IamEntity(r.arn(), "role", r.roleId(), r.createDate(), boundary(r.permissionsBoundary()),
        tags(r.tags()), new PolicyOwner.Role(r.roleName()));
  }

  private static IamEntity of(User u) {
    return new IamEntity(u.arn(), "user", u.userId(), u.createDate(), boundary(u.permissionsBoundary()),
        tags(u.tags()), new PolicyOwner.User(u.userName()));
  }

  private static String boundary(AttachedPermissionsBoundary b) {
    return b == null ? null : b.permissionsBoundaryArn();
  }

  private static Map<String, String> tags(List<Tag> tags) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Tag t : tags) out.put(t.key(), t.value());
    return out;
  }
}
