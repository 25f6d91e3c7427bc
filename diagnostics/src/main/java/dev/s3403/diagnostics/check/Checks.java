package dev.s3403.diagnostics.check;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every check, one per root-cause id of taxonomy §5.3, in the taxonomy's order. */
public final class Checks {
  private static final List<Check> ALL = List.of(
      new dev.s3403.diagnostics.check.caller.WrongCallerIdentity(),
      new dev.s3403.diagnostics.check.identity.IdentityPolicyMissingAllow(),
      new dev.s3403.diagnostics.check.identity.PolicyResourceArnMismatch(),
      new dev.s3403.diagnostics.check.identity.OperationNeedsAdditionalAction(),
      new dev.s3403.diagnostics.check.identity.InvalidActionNameInPolicy(),
      new dev.s3403.diagnostics.check.identity.IdentityPolicyConditionUnmet(),
      new dev.s3403.diagnostics.check.identity.ListPrefixConditionMismatch(),
      new dev.s3403.diagnostics.check.identity.IdentityPolicyExplicitDeny(),
      new dev.s3403.diagnostics.check.identity.PermissionsBoundaryImplicitDeny(),
      new dev.s3403.diagnostics.check.identity.PermissionsBoundaryExplicitDeny(),
      new dev.s3403.diagnostics.check.identity.SessionPolicyImplicitDeny(),
      new dev.s3403.diagnostics.check.identity.SessionPolicyExplicitDeny(),
      new dev.s3403.diagnostics.check.identity.IamChangePropagationDelay(),
      new dev.s3403.diagnostics.check.organization.ScpExplicitDeny(),
      new dev.s3403.diagnostics.check.organization.ScpImplicitDeny(),
      new dev.s3403.diagnostics.check.organization.ScpRegionDeny(),
      new dev.s3403.diagnostics.check.organization.RcpExplicitDeny(),
      new dev.s3403.diagnostics.check.organization.PerimeterIdentityOrgDeny(),
      new dev.s3403.diagnostics.check.organization.PerimeterNetworkDeny(),
      new dev.s3403.diagnostics.check.organization.PerimeterResourceOrgDeny(),
      new dev.s3403.diagnostics.check.organization.SecureTransportOrTlsDeny(),
      new dev.s3403.diagnostics.check.organization.MfaConditionDeny(),
      new dev.s3403.diagnostics.check.resource.BucketPolicyExplicitDeny(),
      new dev.s3403.diagnostics.check.resource.CrossAccountBucketPolicyMissingAllow(),
      new dev.s3403.diagnostics.check.resource.CrossAccountIdentityPolicyMissingAllow(),
      new dev.s3403.diagnostics.check.resource.BucketPolicyPrincipalMismatch(),
      new dev.s3403.diagnostics.check.resource.UploadEncryptionHeaderCondition(),
      new dev.s3403.diagnostics.check.resource.UploadAclHeaderCondition(),
      new dev.s3403.diagnostics.check.resource.RequestAttributeConditionOther(),
      new dev.s3403.diagnostics.check.resource.AccessPointPolicyDenyOrMissing(),
      new dev.s3403.diagnostics.check.resource.AccessPointBucketNotDelegated(),
      new dev.s3403.diagnostics.check.resource.AccessPointNetworkOriginVpc(),
      new dev.s3403.diagnostics.check.resource.MrapPolicyOrSigning(),
      new dev.s3403.diagnostics.check.resource.AccessGrantsNoMatchingGrant(),
      new dev.s3403.diagnostics.check.publicaccess.BpaBlockPublicAcls(),
      new dev.s3403.diagnostics.check.publicaccess.BpaIgnorePublicAcls(),
      new dev.s3403.diagnostics.check.publicaccess.BpaBlockPublicPolicy(),
      new dev.s3403.diagnostics.check.publicaccess.BpaRestrictPublicBuckets(),
      new dev.s3403.diagnostics.check.publicaccess.AnonymousRequestNotPermitted(),
      new dev.s3403.diagnostics.check.ownership.ObjectOwnedByOtherAccount(),
      new dev.s3403.diagnostics.check.ownership.AclGrantMissingOrAclOnlyAccess(),
      new dev.s3403.diagnostics.check.encryption.KmsDecryptDenied(),
      new dev.s3403.diagnostics.check.encryption.KmsGenerateDataKeyDenied(),
      new dev.s3403.diagnostics.check.encryption.KmsMultipartNeedsDecrypt(),
      new dev.s3403.diagnostics.check.encryption.KmsCrossAccountKeyAccess(),
      new dev.s3403.diagnostics.check.encryption.KmsAwsManagedKeyCrossAccount(),
      new dev.s3403.diagnostics.check.encryption.KmsConditionMismatch(),
      new dev.s3403.diagnostics.check.encryption.KmsKeyUnusable(),
      new dev.s3403.diagnostics.check.encryption.SseCBlocked(),
      new dev.s3403.diagnostics.check.network.VpcePolicyImplicitDeny(),
      new dev.s3403.diagnostics.check.network.VpcePolicyExplicitDeny(),
      new dev.s3403.diagnostics.check.state.MissingObjectMaskedAs403(),
      new dev.s3403.diagnostics.check.state.ArchivedObjectNotRestored(),
      new dev.s3403.diagnostics.check.state.ObjectLockProtectedDelete(),
      new dev.s3403.diagnostics.check.state.MfaDeleteRequired(),
      new dev.s3403.diagnostics.check.state.RequesterPaysHeaderMissing(),
      new dev.s3403.diagnostics.check.state.ExpectedBucketOwnerMismatch(),
      new dev.s3403.diagnostics.check.state.AccountOrBucketDisabled(),
      new dev.s3403.diagnostics.check.auth.InvalidAccessKeyId(),
      new dev.s3403.diagnostics.check.auth.SignatureDoesNotMatch(),
      new dev.s3403.diagnostics.check.auth.RequestTimeTooSkewed(),
      new dev.s3403.diagnostics.check.auth.SessionTokenExpiredOrInvalid(),
      new dev.s3403.diagnostics.check.auth.PresignedUrlExpired(),
      new dev.s3403.diagnostics.check.auth.PresignedUrlCredentialsExpired(),
      new dev.s3403.diagnostics.check.auth.PresignedUrlSignerNotAuthorized(),
      new dev.s3403.diagnostics.check.auth.PresignedPostPolicyViolation(),
      new dev.s3403.diagnostics.check.auth.AuthRequestMalformed(),
      new dev.s3403.diagnostics.check.integration.CloudfrontOriginAccessBucketPolicy(),
      new dev.s3403.diagnostics.check.integration.CloudfrontOacKms(),
      new dev.s3403.diagnostics.check.integration.CloudfrontOriginConfig(),
      new dev.s3403.diagnostics.check.integration.S3WebsiteEndpoint403(),
      new dev.s3403.diagnostics.check.integration.ObjectLambdaPermissionChain(),
      new dev.s3403.diagnostics.check.integration.DirectoryBucketSessionAuth(),
      new dev.s3403.diagnostics.check.integration.AwsServicePrincipalDenied(),
      new dev.s3403.diagnostics.check.integration.ConsoleNeedsExtraPermissions());

  private static final Map<String, Check> BY_ID =
      ALL.stream().collect(Collectors.toUnmodifiableMap(c -> c.info().id(), Function.identity()));

  private Checks() {}

  public static List<Check> all() {
    return ALL;
  }

  /** The check for a root-cause id, or null when the id is not one of the 75. */
  public static Check byId(String id) {
    return BY_ID.get(id);
  }
}
