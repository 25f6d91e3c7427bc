package dev.s3403.diagnostics.evidence;

/**
 * Which members of each record merge member by member and which are taken whole. Objects of the format merge;
 * policy documents, lists and maps that state a complete set (tags, headers, context) are taken whole, since a
 * union of two tag sets is a set neither source saw.
 */
final class RecordMerges {
  private final Merger m;

  RecordMerges(Merger m) {
    this.m = m;
  }

  Request request(String p, Request a, Request b) {
    return new Request(
        m.value(p + "/principal", a.principal(), b.principal()),
        m.value(p + "/operation", a.operation(), b.operation()),
        m.value(p + "/bucket", a.bucket(), b.bucket()),
        m.value(p + "/key", a.key(), b.key()),
        m.value(p + "/versionId", a.versionId(), b.versionId()),
        m.record(p + "/source", a.source(), b.source(), (q, x, y) -> new Request.CopySource(
            m.value(q + "/bucket", x.bucket(), y.bucket()), m.value(q + "/key", x.key(), y.key()))),
        m.value(p + "/headers", a.headers(), b.headers()),
        m.value(p + "/context", a.context(), b.context()),
        m.value(p + "/parameters", a.parameters(), b.parameters()),
        m.value(p + "/sessionPolicy", a.sessionPolicy(), b.sessionPolicy()),
        m.value(p + "/via", a.via(), b.via()),
        m.value(p + "/accessPoint", a.accessPoint(), b.accessPoint()),
        m.record(p + "/presigned", a.presigned(), b.presigned(), this::presigned),
        m.record(p + "/cloudfront", a.cloudfront(), b.cloudfront(), this::cloudfront),
        m.value(p + "/time", a.time(), b.time()));
  }

  private Presigned presigned(String p, Presigned a, Presigned b) {
    return new Presigned(
        m.value(p + "/signer", a.signer(), b.signer()),
        m.value(p + "/accessKeyType", a.accessKeyType(), b.accessKeyType()),
        m.value(p + "/signedAt", a.signedAt(), b.signedAt()),
        m.value(p + "/expiresIn", a.expiresIn(), b.expiresIn()),
        m.value(p + "/credentialsExpireAt", a.credentialsExpireAt(), b.credentialsExpireAt()));
  }

  private CloudFront cloudfront(String p, CloudFront a, CloudFront b) {
    return new CloudFront(
        m.value(p + "/distributionArn", a.distributionArn(), b.distributionArn()),
        m.value(p + "/originAccess", a.originAccess(), b.originAccess()),
        m.value(p + "/oaiCanonicalId", a.oaiCanonicalId(), b.oaiCanonicalId()),
        m.value(p + "/defaultRootObject", a.defaultRootObject(), b.defaultRootObject()));
  }

  PrincipalInfo principal(String p, PrincipalInfo a, PrincipalInfo b) {
    return new PrincipalInfo(
        m.value(p + "/account", a.account(), b.account()),
        m.value(p + "/type", a.type(), b.type()),
        m.value(p + "/id", a.id(), b.id()),
        m.value(p + "/createDate", a.createDate(), b.createDate()),
        m.value(p + "/identityPolicies", a.identityPolicies(), b.identityPolicies()),
        m.record(p + "/permissionsBoundary", a.permissionsBoundary(), b.permissionsBoundary(), this::policyDoc),
        m.value(p + "/tags", a.tags(), b.tags()));
  }

  private PolicyDoc policyDoc(String p, PolicyDoc a, PolicyDoc b) {
    return new PolicyDoc(
        m.value(p + "/name", a.name(), b.name()),
        m.value(p + "/arn", a.arn(), b.arn()),
        m.value(p + "/updatedAt", a.updatedAt(), b.updatedAt()),
        m.value(p + "/document", a.document(), b.document()));
  }

  AccountInfo account(String p, AccountInfo a, AccountInfo b) {
    return new AccountInfo(
        m.value(p + "/canonicalId", a.canonicalId(), b.canonicalId()),
        m.record(p + "/organization", a.organization(), b.organization(), (q, x, y) -> new Organization(
            m.value(q + "/id", x.id(), y.id()),
            m.value(q + "/scps", x.scps(), y.scps()),
            m.value(q + "/rcps", x.rcps(), y.rcps()))),
        m.record(p + "/blockPublicAccess", a.blockPublicAccess(), b.blockPublicAccess(), this::blockPublicAccess));
  }

  private BlockPublicAccess blockPublicAccess(String p, BlockPublicAccess a, BlockPublicAccess b) {
    return new BlockPublicAccess(
        m.value(p + "/BlockPublicAcls", a.blockPublicAcls(), b.blockPublicAcls()),
        m.value(p + "/IgnorePublicAcls", a.ignorePublicAcls(), b.ignorePublicAcls()),
        m.value(p + "/BlockPublicPolicy", a.blockPublicPolicy(), b.blockPublicPolicy()),
        m.value(p + "/RestrictPublicBuckets", a.restrictPublicBuckets(), b.restrictPublicBuckets()));
  }

  BucketInfo bucket(String p, BucketInfo a, BucketInfo b) {
    return new BucketInfo(
        m.value(p + "/account", a.account(), b.account()),
        m.value(p + "/region", a.region(), b.region()),
        m.value(p + "/exists", a.exists(), b.exists()),
        m.value(p + "/policy", a.policy(), b.policy()),
        m.record(p + "/blockPublicAccess", a.blockPublicAccess(), b.blockPublicAccess(), this::blockPublicAccess),
        m.value(p + "/objectOwnership", a.objectOwnership(), b.objectOwnership()),
        m.record(p + "/acl", a.acl(), b.acl(), this::acl),
        m.record(p + "/encryption", a.encryption(), b.encryption(), this::encryption),
        m.value(p + "/requesterPays", a.requesterPays(), b.requesterPays()),
        m.value(p + "/versioning", a.versioning(), b.versioning()),
        m.record(p + "/objectLock", a.objectLock(), b.objectLock(), (q, x, y) -> new ObjectLock(
            m.value(q + "/mode", x.mode(), y.mode()),
            m.value(q + "/days", x.days(), y.days()),
            m.value(q + "/years", x.years(), y.years()))),
        m.value(p + "/website", a.website(), b.website()),
        m.entities(p + "/objects", a.objects(), b.objects(), this::object));
  }

  private ObjectInfo object(String p, ObjectInfo a, ObjectInfo b) {
    return new ObjectInfo(
        m.value(p + "/exists", a.exists(), b.exists()),
        m.value(p + "/ownerAccount", a.ownerAccount(), b.ownerAccount()),
        m.record(p + "/encryption", a.encryption(), b.encryption(), this::encryption),
        m.value(p + "/storageClass", a.storageClass(), b.storageClass()),
        m.value(p + "/restored", a.restored(), b.restored()),
        m.value(p + "/tags", a.tags(), b.tags()),
        m.record(p + "/acl", a.acl(), b.acl(), this::acl),
        m.value(p + "/legalHold", a.legalHold(), b.legalHold()),
        m.value(p + "/retainUntil", a.retainUntil(), b.retainUntil()));
  }

  private Acl acl(String p, Acl a, Acl b) {
    return new Acl(m.value(p + "/owner", a.owner(), b.owner()), m.value(p + "/grants", a.grants(), b.grants()));
  }

  private Encryption encryption(String p, Encryption a, Encryption b) {
    return new Encryption(
        m.value(p + "/algorithm", a.algorithm(), b.algorithm()),
        m.value(p + "/kmsKeyArn", a.kmsKeyArn(), b.kmsKeyArn()),
        m.value(p + "/bucketKeyEnabled", a.bucketKeyEnabled(), b.bucketKeyEnabled()),
        m.value(p + "/blockedEncryptionTypes", a.blockedEncryptionTypes(), b.blockedEncryptionTypes()));
  }

  KmsKeyInfo kmsKey(String p, KmsKeyInfo a, KmsKeyInfo b) {
    return new KmsKeyInfo(
        m.value(p + "/account", a.account(), b.account()),
        m.value(p + "/manager", a.manager(), b.manager()),
        m.value(p + "/aliases", a.aliases(), b.aliases()),
        m.value(p + "/state", a.state(), b.state()),
        m.value(p + "/policy", a.policy(), b.policy()),
        m.value(p + "/grants", a.grants(), b.grants()));
  }

  VpcEndpointInfo vpcEndpoint(String p, VpcEndpointInfo a, VpcEndpointInfo b) {
    return new VpcEndpointInfo(
        m.value(p + "/account", a.account(), b.account()),
        m.value(p + "/service", a.service(), b.service()),
        m.value(p + "/type", a.type(), b.type()),
        m.value(p + "/policy", a.policy(), b.policy()));
  }

  AccessPointInfo accessPoint(String p, AccessPointInfo a, AccessPointInfo b) {
    return new AccessPointInfo(
        m.value(p + "/bucket", a.bucket(), b.bucket()),
        m.value(p + "/networkOrigin", a.networkOrigin(), b.networkOrigin()),
        m.value(p + "/vpcId", a.vpcId(), b.vpcId()),
        m.value(p + "/policy", a.policy(), b.policy()),
        m.record(p + "/blockPublicAccess", a.blockPublicAccess(), b.blockPublicAccess(), this::blockPublicAccess));
  }
}
