package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.evidence.PolicyDoc;
import dev.s3403.diagnostics.evidence.PolicyDocument;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of the evidence with one policy changed: the way a fix is proven (DESIGN.md, "Fix": "applied to a copy
 * of the evidence and re-evaluated"). The original bundle is never touched.
 */
final class BundlePatch {
  private BundlePatch() {}

  /** The bundle with an identity policy added to a principal (keyed by its IAM ARN). */
  static Bundle addIdentityPolicy(Bundle b, String principalKey, String name, PolicyDocument document) {
    Map<String, PrincipalInfo> principals = new LinkedHashMap<>(b.principals().asOptional().orElse(Map.of()));
    PrincipalInfo p = principals.get(principalKey);
    List<PolicyDoc> docs = new ArrayList<>(p == null ? List.of() : p.identityPolicies().asOptional().orElse(List.of()));
    docs.add(PolicyDoc.of(name, document));
    PrincipalInfo patched = p == null
        ? new PrincipalInfo(Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.known(docs), Fact.unknown(), Fact.unknown())
        : new PrincipalInfo(p.account(), p.type(), p.id(), p.createDate(), Fact.known(docs), p.permissionsBoundary(), p.tags());
    principals.put(principalKey, patched);
    return new Bundle(b.format(), b.collectedAt(), b.request(), Fact.known(principals), b.accounts(), b.buckets(),
        b.kmsKeys(), b.vpcEndpoints(), b.accessPoints(), b.unavailable());
  }

  /** The bundle with the named identity policy of a principal replaced. */
  static Bundle replaceIdentityPolicy(Bundle b, String principalKey, String name, PolicyDocument document) {
    Map<String, PrincipalInfo> principals = new LinkedHashMap<>(b.principals().asOptional().orElse(Map.of()));
    PrincipalInfo p = principals.get(principalKey);
    if (p == null) return b;
    List<PolicyDoc> docs = new ArrayList<>();
    for (PolicyDoc d : p.identityPolicies().asOptional().orElse(List.of())) {
      docs.add(name.equals(d.name().asOptional().orElse(null))
          ? new PolicyDoc(d.name(), d.arn(), d.updatedAt(), Fact.known(document)) : d);
    }
    principals.put(principalKey, new PrincipalInfo(p.account(), p.type(), p.id(), p.createDate(), Fact.known(docs),
        p.permissionsBoundary(), p.tags()));
    return new Bundle(b.format(), b.collectedAt(), b.request(), Fact.known(principals), b.accounts(), b.buckets(),
        b.kmsKeys(), b.vpcEndpoints(), b.accessPoints(), b.unavailable());
  }

  /** The bundle with a bucket's policy replaced. */
  static Bundle bucketPolicy(Bundle b, String bucket, PolicyDocument document) {
    Map<String, BucketInfo> buckets = new LinkedHashMap<>(b.buckets().asOptional().orElse(Map.of()));
    BucketInfo x = buckets.get(bucket);
    if (x == null) return b;
    buckets.put(bucket, new BucketInfo(x.account(), x.region(), x.exists(), Fact.known(document), x.blockPublicAccess(),
        x.objectOwnership(), x.acl(), x.encryption(), x.requesterPays(), x.versioning(), x.objectLock(), x.website(),
        x.objects()));
    return new Bundle(b.format(), b.collectedAt(), b.request(), b.principals(), b.accounts(), Fact.known(buckets),
        b.kmsKeys(), b.vpcEndpoints(), b.accessPoints(), b.unavailable());
  }

  /** The bundle with a principal's permissions boundary document replaced. */
  static Bundle boundary(Bundle b, String principalKey, PolicyDocument document) {
    Map<String, PrincipalInfo> principals = new LinkedHashMap<>(b.principals().asOptional().orElse(Map.of()));
    PrincipalInfo p = principals.get(principalKey);
    if (p == null) return b;
    PolicyDoc old = p.permissionsBoundary().asOptional().orElse(null);
    PolicyDoc doc = old == null ? PolicyDoc.of("boundary", document)
        : new PolicyDoc(old.name(), old.arn(), old.updatedAt(), Fact.known(document));
    principals.put(principalKey, new PrincipalInfo(p.account(), p.type(), p.id(), p.createDate(), p.identityPolicies(),
        Fact.known(doc), p.tags()));
    return new Bundle(b.format(), b.collectedAt(), b.request(), Fact.known(principals), b.accounts(), b.buckets(),
        b.kmsKeys(), b.vpcEndpoints(), b.accessPoints(), b.unavailable());
  }

  /** The bundle with a VPC endpoint's policy replaced. */
  static Bundle endpointPolicy(Bundle b, String vpce, PolicyDocument document) {
    Map<String, dev.s3403.diagnostics.evidence.VpcEndpointInfo> endpoints =
        new LinkedHashMap<>(b.vpcEndpoints().asOptional().orElse(Map.of()));
    var e = endpoints.get(vpce);
    if (e == null) return b;
    endpoints.put(vpce, new dev.s3403.diagnostics.evidence.VpcEndpointInfo(e.account(), e.service(), e.type(),
        Fact.known(document)));
    return new Bundle(b.format(), b.collectedAt(), b.request(), b.principals(), b.accounts(), b.buckets(), b.kmsKeys(),
        Fact.known(endpoints), b.accessPoints(), b.unavailable());
  }

  /** The bundle with the request's session policy replaced (it is passed when the session is made). */
  static Bundle sessionPolicy(Bundle b, PolicyDocument document) {
    var r = b.request().asOptional().orElse(null);
    if (r == null) return b;
    var patched = new dev.s3403.diagnostics.evidence.Request(r.principal(), r.operation(), r.bucket(), r.key(),
        r.versionId(), r.source(), r.headers(), r.context(), r.parameters(), Fact.known(document), r.via(),
        r.accessPoint(), r.presigned(), r.cloudfront(), r.time());
    return new Bundle(b.format(), b.collectedAt(), Fact.known(patched), b.principals(), b.accounts(), b.buckets(),
        b.kmsKeys(), b.vpcEndpoints(), b.accessPoints(), b.unavailable());
  }

  /** The bundle with one SCP document of an account's organization replaced (level and policy by position). */
  static Bundle scpDocument(Bundle b, String account, int level, int policy, PolicyDocument document) {
    Map<String, dev.s3403.diagnostics.evidence.AccountInfo> accounts = new LinkedHashMap<>(b.accounts().asOptional().orElse(Map.of()));
    var info = accounts.get(account);
    var org = info == null ? null : info.organization().asOptional().orElse(null);
    var levels = org == null ? null : org.scps().asOptional().orElse(null);
    if (levels == null || level >= levels.size()) return b;
    List<dev.s3403.diagnostics.evidence.PolicyLevel> newLevels = new ArrayList<>(levels);
    var lv = levels.get(level);
    List<PolicyDoc> docs = new ArrayList<>(lv.policies().asOptional().orElse(List.of()));
    if (policy < docs.size()) {
      PolicyDoc old = docs.get(policy);
      docs.set(policy, new PolicyDoc(old.name(), old.arn(), old.updatedAt(), Fact.known(document)));
    } else {
      docs.add(PolicyDoc.of("s3-403-fix", document));
    }
    newLevels.set(level, new dev.s3403.diagnostics.evidence.PolicyLevel(lv.target(), Fact.known(docs)));
    var newOrg = new dev.s3403.diagnostics.evidence.Organization(org.id(), Fact.known(newLevels), org.rcps());
    accounts.put(account, new dev.s3403.diagnostics.evidence.AccountInfo(info.canonicalId(), Fact.known(newOrg), info.blockPublicAccess()));
    return new Bundle(b.format(), b.collectedAt(), b.request(), b.principals(), Fact.known(accounts), b.buckets(),
        b.kmsKeys(), b.vpcEndpoints(), b.accessPoints(), b.unavailable());
  }

  /** The bundle with a KMS key's policy replaced. */
  static Bundle keyPolicy(Bundle b, String keyArn, PolicyDocument document) {
    Map<String, KmsKeyInfo> keys = new LinkedHashMap<>(b.kmsKeys().asOptional().orElse(Map.of()));
    KmsKeyInfo k = keys.get(keyArn);
    if (k == null) return b;
    keys.put(keyArn, new KmsKeyInfo(k.account(), k.manager(), k.aliases(), k.state(), Fact.known(document), k.grants()));
    return new Bundle(b.format(), b.collectedAt(), b.request(), b.principals(), b.accounts(), b.buckets(),
        Fact.known(keys), b.vpcEndpoints(), b.accessPoints(), b.unavailable());
  }
}
