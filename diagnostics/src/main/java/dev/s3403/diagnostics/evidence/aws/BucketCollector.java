package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The bucket's configuration: its region, policy, Block Public Access, Object Ownership, ACL, default encryption,
 * Requester Pays, versioning, Object Lock and website, read by ten calls in parallel. A bucket that does not exist is
 * {@code {"exists": false}} and nothing else.
 */
public final class BucketCollector implements Collector {
  /** The members in the order the bundle lists them. */
  private static final List<String> MEMBERS = List.of("region", "exists", "policy", "blockPublicAccess",
      "objectOwnership", "acl", "encryption", "requesterPays", "versioning", "objectLock", "website");

  @Override
  public String name() {
    return "bucket";
  }

  @Override
  public Set<String> actions() {
    return Set.of("s3:GetBucketLocation", "s3:GetBucketPolicy", "s3:GetBucketPublicAccessBlock",
        "s3:GetBucketOwnershipControls", "s3:GetBucketAcl", "s3:GetEncryptionConfiguration",
        "s3:GetBucketRequestPayment", "s3:GetBucketVersioning", "s3:GetBucketObjectLockConfiguration",
        "s3:GetBucketWebsite");
  }

  @Override
  public String area(Target target) {
    return "/buckets/" + Draft.segment(target.bucket());
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) throws InterruptedException {
    var staged = new StagedMembers(draft, area(target), Set.of("NoSuchBucket"));
    staged.readAll(reads(aws.s3(), target.bucket()));
    if (staged.gone()) {
      staged.writeDoesNotExist();
      return;
    }
    // Any answer about the bucket, even "it has no policy", says it exists; a refusal does not.
    if (staged.answered()) staged.put("exists", BooleanNode.TRUE);
    staged.writeAll(MEMBERS);
  }

  private static List<StagedMembers.Read<?>> reads(S3Client s3, String bucket) {
    return List.of(
        new StagedMembers.Read<>("region", "s3:GetBucketLocation", Set.of(),
            () -> s3.getBucketLocation(r -> r.bucket(bucket)), S3Answers::region),
        new StagedMembers.Read<>("policy", "s3:GetBucketPolicy", Set.of("NoSuchBucketPolicy"),
            () -> s3.getBucketPolicy(r -> r.bucket(bucket)), S3Answers::policy),
        new StagedMembers.Read<>("blockPublicAccess", "s3:GetBucketPublicAccessBlock",
            Set.of("NoSuchPublicAccessBlockConfiguration"),
            () -> s3.getPublicAccessBlock(r -> r.bucket(bucket)), S3Answers::blockPublicAccess),
        new StagedMembers.Read<>("objectOwnership", "s3:GetBucketOwnershipControls",
            Set.of("OwnershipControlsNotFoundError"),
            () -> s3.getBucketOwnershipControls(r -> r.bucket(bucket)), S3Answers::objectOwnership),
        new StagedMembers.Read<>("acl", "s3:GetBucketAcl", Set.of(),
            () -> s3.getBucketAcl(r -> r.bucket(bucket)), r -> S3Answers.acl(r.owner(), r.grants())),
        new StagedMembers.Read<>("encryption", "s3:GetEncryptionConfiguration",
            Set.of("ServerSideEncryptionConfigurationNotFoundError"),
            () -> s3.getBucketEncryption(r -> r.bucket(bucket)), S3Answers::encryption),
        new StagedMembers.Read<>("requesterPays", "s3:GetBucketRequestPayment", Set.of(),
            () -> s3.getBucketRequestPayment(r -> r.bucket(bucket)), S3Answers::requesterPays),
        new StagedMembers.Read<>("versioning", "s3:GetBucketVersioning", Set.of(),
            () -> s3.getBucketVersioning(r -> r.bucket(bucket)), S3Answers::versioning),
        new StagedMembers.Read<>("objectLock", "s3:GetBucketObjectLockConfiguration",
            Set.of("ObjectLockConfigurationNotFoundError"),
            () -> s3.getObjectLockConfiguration(r -> r.bucket(bucket)), S3Answers::objectLock),
        new StagedMembers.Read<>("website", "s3:GetBucketWebsite", Set.of("NoSuchWebsiteConfiguration"),
            () -> s3.getBucketWebsite(r -> r.bucket(bucket)), S3Answers::website));
  }
}
