package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import software.amazon.awssdk.services.s3.model.DefaultRetention;
import software.amazon.awssdk.services.s3.model.GetBucketEncryptionResponse;
import software.amazon.awssdk.services.s3.model.GetBucketLocationResponse;
import software.amazon.awssdk.services.s3.model.GetBucketOwnershipControlsResponse;
import software.amazon.awssdk.services.s3.model.GetBucketPolicyResponse;
import software.amazon.awssdk.services.s3.model.GetBucketRequestPaymentResponse;
import software.amazon.awssdk.services.s3.model.GetBucketVersioningResponse;
import software.amazon.awssdk.services.s3.model.GetBucketWebsiteResponse;
import software.amazon.awssdk.services.s3.model.GetObjectLockConfigurationResponse;
import software.amazon.awssdk.services.s3.model.GetPublicAccessBlockResponse;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.Owner;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/** S3's answers as bundle members (spec/evidence-bundle.md), in the bundle's words. */
final class S3Answers {
  private S3Answers() {}

  static JsonNode region(GetBucketLocationResponse r) {
    String constraint = r.locationConstraintAsString();
    if (constraint == null || constraint.isEmpty()) return TextNode.valueOf("us-east-1");   // no constraint there
    if (constraint.equals("EU")) return TextNode.valueOf("eu-west-1");                      // the legacy name
    return TextNode.valueOf(constraint);
  }

  /** The policy as a JSON object: S3 returns it as text. */
  static JsonNode policy(GetBucketPolicyResponse r) {
    try {
      JsonNode policy = Draft.json().readTree(r.policy());
      if (!policy.isObject()) throw new IllegalArgumentException("the bucket policy is not a JSON object");
      return policy;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the bucket policy is not JSON", e);
    }
  }

  /** The four flags under their AWS names, as the bucket, the account (S3 Control) and access points give them. */
  static JsonNode blockPublicAccess(Boolean blockPublicAcls, Boolean ignorePublicAcls, Boolean blockPublicPolicy,
      Boolean restrictPublicBuckets) {
    ObjectNode flags = Draft.json().createObjectNode();
    if (blockPublicAcls != null) flags.put("BlockPublicAcls", blockPublicAcls);
    if (ignorePublicAcls != null) flags.put("IgnorePublicAcls", ignorePublicAcls);
    if (blockPublicPolicy != null) flags.put("BlockPublicPolicy", blockPublicPolicy);
    if (restrictPublicBuckets != null) flags.put("RestrictPublicBuckets", restrictPublicBuckets);
    return flags;
  }

  static JsonNode blockPublicAccess(GetPublicAccessBlockResponse r) {
    var c = r.publicAccessBlockConfiguration();
    return blockPublicAccess(c.blockPublicAcls(), c.ignorePublicAcls(), c.blockPublicPolicy(),
        c.restrictPublicBuckets());
  }

  static JsonNode objectOwnership(GetBucketOwnershipControlsResponse r) {
    return TextNode.valueOf(r.ownershipControls().rules().getFirst().objectOwnershipAsString());
  }

  /** A bucket's or an object's ACL; the owner is a canonical user id, which does not say the account. */
  static JsonNode acl(Owner owner, List<Grant> grants) {
    ObjectNode acl = Draft.json().createObjectNode();
    acl.put("owner", owner == null ? null : owner.id());
    ArrayNode list = acl.putArray("grants");
    for (Grant g : grants) {
      ObjectNode grantee = Draft.json().createObjectNode().put("type", g.grantee().typeAsString());
      if (g.grantee().id() != null) grantee.put("id", g.grantee().id());
      if (g.grantee().uri() != null) grantee.put("uri", g.grantee().uri());
      list.addObject().<ObjectNode>set("grantee", grantee).put("permission", g.permissionAsString());
    }
    return acl;
  }

  static JsonNode encryption(GetBucketEncryptionResponse r) {
    ServerSideEncryptionRule rule = r.serverSideEncryptionConfiguration().rules().getFirst();
    ObjectNode encryption = Draft.json().createObjectNode();
    if (rule.applyServerSideEncryptionByDefault() != null) {
      encryption.put("algorithm", rule.applyServerSideEncryptionByDefault().sseAlgorithmAsString());
      putKeyArn(encryption, rule.applyServerSideEncryptionByDefault().kmsMasterKeyID());
    }
    encryption.put("bucketKeyEnabled", Boolean.TRUE.equals(rule.bucketKeyEnabled()));
    // S3 says NONE when nothing is blocked; without the element it said nothing, so the member stays unknown.
    if (rule.blockedEncryptionTypes() != null) {
      ArrayNode blocked = encryption.putArray("blockedEncryptionTypes");
      for (String type : rule.blockedEncryptionTypes().encryptionTypeAsStrings()) {
        if (!type.equals("NONE")) blocked.add(type);
      }
    }
    return encryption;
  }

  /**
   * The key as an ARN. A bucket may name its key by id or alias instead; that does not say the key's account (an
   * alias is looked up in the caller's account), so it is left out rather than guessed.
   */
  static void putKeyArn(ObjectNode encryption, String key) {
    if (key != null && key.startsWith("arn:")) encryption.put("kmsKeyArn", key);
  }

  static JsonNode requesterPays(GetBucketRequestPaymentResponse r) {
    return BooleanNode.valueOf("Requester".equals(r.payerAsString()));
  }

  static JsonNode versioning(GetBucketVersioningResponse r) {
    return TextNode.valueOf(r.statusAsString() == null ? "Disabled" : r.statusAsString());   // never enabled: no Status
  }

  /** The default retention; Object Lock enabled without one is {@code null}, as no configuration is. */
  static JsonNode objectLock(GetObjectLockConfigurationResponse r) {
    var config = r.objectLockConfiguration();
    DefaultRetention retention = config == null || config.rule() == null ? null : config.rule().defaultRetention();
    if (retention == null) return NullNode.getInstance();
    ObjectNode lock = Draft.json().createObjectNode().put("mode", retention.modeAsString());
    if (retention.days() != null) lock.put("days", retention.days());
    if (retention.years() != null) lock.put("years", retention.years());
    return lock;
  }

  static JsonNode website(GetBucketWebsiteResponse r) {
    return Draft.json().createObjectNode()
        .put("indexDocument", r.indexDocument() == null ? null : r.indexDocument().suffix())
        .put("errorDocument", r.errorDocument() == null ? null : r.errorDocument().key());
  }
}
