package dev.s3403.diagnostics.actions;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationActionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
      GetObject;                        b; k;  s3:GetObject=arn:aws:s3:::b/k
      HeadObject;                       b; k;  s3:GetObject=arn:aws:s3:::b/k
      GetObjectAttributes;              b; k;  s3:GetObject=arn:aws:s3:::b/k | s3:GetObjectAttributes=arn:aws:s3:::b/k
      SelectObjectContent;              b; k;  s3:GetObject=arn:aws:s3:::b/k
      GetObjectTorrent;                 b; k;  s3:GetObject=arn:aws:s3:::b/k
      PutObject;                        b; k;  s3:PutObject=arn:aws:s3:::b/k
      PostObject;                       b; k;  s3:PutObject=arn:aws:s3:::b/k
      CreateMultipartUpload;            b; k;  s3:PutObject=arn:aws:s3:::b/k
      UploadPart;                       b; k;  s3:PutObject=arn:aws:s3:::b/k
      CompleteMultipartUpload;          b; k;  s3:PutObject=arn:aws:s3:::b/k
      AbortMultipartUpload;             b; k;  s3:AbortMultipartUpload=arn:aws:s3:::b/k
      ListParts;                        b; k;  s3:ListMultipartUploadParts=arn:aws:s3:::b/k
      ListMultipartUploads;             b; -;  s3:ListBucketMultipartUploads=arn:aws:s3:::b
      DeleteObject;                     b; k;  s3:DeleteObject=arn:aws:s3:::b/k
      DeleteObjects;                    b; -;  s3:DeleteObject=null
      DeleteObjectTagging;              b; k;  s3:DeleteObjectTagging=arn:aws:s3:::b/k
      PutObjectAcl;                     b; k;  s3:PutObjectAcl=arn:aws:s3:::b/k
      RestoreObject;                    b; k;  s3:RestoreObject=arn:aws:s3:::b/k
      ListObjects;                      b; p/; s3:ListBucket=arn:aws:s3:::b
      ListObjectsV2;                    b; p/; s3:ListBucket=arn:aws:s3:::b
      ListObjectVersions;               b; -;  s3:ListBucketVersions=arn:aws:s3:::b
      HeadBucket;                       b; -;  s3:ListBucket=arn:aws:s3:::b
      ListBuckets;                      -; -;  s3:ListAllMyBuckets=*
      CreateBucket;                     b; -;  s3:CreateBucket=arn:aws:s3:::b
      GetBucketEncryption;              b; -;  s3:GetEncryptionConfiguration=arn:aws:s3:::b
      DeleteBucketEncryption;           b; -;  s3:PutEncryptionConfiguration=arn:aws:s3:::b
      DeleteBucketCors;                 b; -;  s3:PutBucketCORS=arn:aws:s3:::b
      DeleteBucketLifecycle;            b; -;  s3:PutLifecycleConfiguration=arn:aws:s3:::b
      DeleteBucketWebsite;              b; -;  s3:DeleteBucketWebsite=arn:aws:s3:::b
      GetBucketNotificationConfiguration; b; -; s3:GetBucketNotification=arn:aws:s3:::b
      GetObjectLockConfiguration;       b; -;  s3:GetBucketObjectLockConfiguration=arn:aws:s3:::b
      GetBucketAccelerateConfiguration; b; -;  s3:GetAccelerateConfiguration=arn:aws:s3:::b
      ListBucketInventoryConfigurations; b; -; s3:GetInventoryConfiguration=arn:aws:s3:::b
      DeleteBucketMetricsConfiguration; b; -;  s3:PutMetricsConfiguration=arn:aws:s3:::b
      GetPublicAccessBlock;             b; -;  s3:GetBucketPublicAccessBlock=arn:aws:s3:::b
      DeletePublicAccessBlock;          b; -;  s3:PutBucketPublicAccessBlock=arn:aws:s3:::b
      PutBucketReplication;             b; -;  s3:PutReplicationConfiguration=arn:aws:s3:::b | iam:PassRole=null
      CreateJob;                        -; -;  s3:CreateJob=* | iam:PassRole=null
      ListAccessPoints;                 -; -;  s3:ListAccessPoints=*
      ListMultiRegionAccessPoints;      -; -;  s3:ListMultiRegionAccessPoints=*
      ListDirectoryBuckets;             -; -;  s3express:ListAllMyDirectoryBuckets=*
      GetDataAccess;                    -; -;  s3:GetDataAccess=null
      WriteGetObjectResponse;           -; -;  s3-object-lambda:WriteGetObjectResponse=*
      UpdateObjectEncryption;           b; k;  s3:UpdateObjectEncryption=arn:aws:s3:::b/k | kms:Encrypt=null | kms:Decrypt=null | kms:GenerateDataKey=null | kms:ReEncryptFrom=null | kms:ReEncryptTo=null
      """)
  void should_need_the_documented_actions_when_the_operation_runs(String operation, String bucket, String key,
      String expected) {
    // GIVEN
    List<String> wanted = Arrays.stream(expected.split("\\|")).map(String::strip).toList();
    // WHEN
    var actions = OperationActions.requiredActions(operation, bucket, key);
    // THEN
    then(actions.stream().filter(RequiredAction::unconditional).map(a -> a.action() + "=" + a.resource()))
        .containsExactlyElementsOf(wanted);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
      GetObject;               s3:GetObjectVersion;               arn:aws:s3:::b/k; request names a versionId
      GetObject;               kms:Decrypt;                       -;                object is encrypted with SSE-KMS
      GetObject;               s3:GetObjectTagging;               arn:aws:s3:::b/k; response includes the object's tag count
      HeadObject;              s3:GetObjectRetention;             arn:aws:s3:::b/k; response includes the object's retention settings
      PutObject;               s3:PutObjectAcl;                   arn:aws:s3:::b/k; request sends an ACL header
      PutObject;               s3:PutObjectTagging;               arn:aws:s3:::b/k; request sends x-amz-tagging
      PutObject;               kms:GenerateDataKey;               -;                object is encrypted with SSE-KMS
      PutObject;               s3:PutObjectRetention;             arn:aws:s3:::b/k; request sets Object Lock retention
      PutObject;               s3:PutObjectLegalHold;             arn:aws:s3:::b/k; request sets an Object Lock legal hold
      CreateMultipartUpload;   s3:PutObjectAcl;                   arn:aws:s3:::b/k; request sends an ACL header
      UploadPart;              kms:GenerateDataKey;               -;                object is encrypted with SSE-KMS
      CompleteMultipartUpload; kms:Decrypt;                       -;                object is encrypted with SSE-KMS
      ListParts;               kms:Decrypt;                       -;                object is encrypted with SSE-KMS
      DeleteObject;            s3:DeleteObjectVersion;            arn:aws:s3:::b/k; request names a versionId
      DeleteObject;            s3:BypassGovernanceRetention;      arn:aws:s3:::b/k; request bypasses governance retention
      PutObjectRetention;      s3:BypassGovernanceRetention;      arn:aws:s3:::b/k; request bypasses governance retention
      GetObjectTagging;        s3:GetObjectVersionTagging;        arn:aws:s3:::b/k; request names a versionId
      PutObjectAcl;            s3:PutObjectVersionAcl;            arn:aws:s3:::b/k; request names a versionId
      CreateBucket;            s3:PutBucketAcl;                   arn:aws:s3:::b;   request sends an ACL header
      CreateBucket;            s3:PutBucketObjectLockConfiguration; arn:aws:s3:::b; request enables Object Lock
      CreateBucket;            s3:PutBucketOwnershipControls;     arn:aws:s3:::b;   request sets object ownership
      UpdateObjectEncryption;  organizations:DescribeAccount;     -;                key belongs to another account in the organization
      CreateBucketMetadataTableConfiguration; kms:DescribeKey;    -;                metadata table is encrypted with SSE-KMS
      """)
  void should_name_the_condition_when_an_action_is_only_sometimes_needed(String operation, String action,
      String resource, String when) {
    // WHEN
    var actions = OperationActions.requiredActions(operation, "b", "k");
    // THEN
    then(actions).contains(new RequiredAction(action, resource, when));
  }

  @Test
  void should_need_list_bucket_on_the_bucket_arn_when_listing_objects_under_a_prefix() {
    // WHEN
    var actions = OperationActions.requiredActions("ListObjectsV2", "acme-reports", "2024/q1/");
    // THEN
    then(actions).extracting(RequiredAction::resource).doesNotContain("arn:aws:s3:::acme-reports/2024/q1/");
    then(actions).first().isEqualTo(new RequiredAction("s3:ListBucket", "arn:aws:s3:::acme-reports", When.ALWAYS));
  }

  @Test
  void should_need_only_list_bucket_when_heading_a_bucket() {
    // WHEN
    var actions = OperationActions.requiredActions("HeadBucket", "acme", null);
    // THEN
    then(actions).containsExactly(new RequiredAction("s3:ListBucket", "arn:aws:s3:::acme", When.ALWAYS));
  }

  @Test
  void should_need_list_all_my_buckets_on_any_resource_when_listing_buckets_even_with_a_bucket_named() {
    // WHEN
    var actions = OperationActions.requiredActions("ListBuckets", "ignored", "ignored");
    // THEN
    then(actions).containsExactly(new RequiredAction("s3:ListAllMyBuckets", "*", When.ALWAYS));
  }

  @Test
  void should_leave_the_resource_unknown_when_bucket_or_key_is_missing() {
    // WHEN
    var noKey = OperationActions.requiredActions("GetObject", "acme", null);
    var noBucket = OperationActions.requiredActions("GetBucketPolicy", null, null);
    // THEN
    then(noKey).first().isEqualTo(new RequiredAction("s3:GetObject", null, When.ALWAYS));
    then(noBucket).containsExactly(new RequiredAction("s3:GetBucketPolicy", null, When.ALWAYS));
  }

  @Test
  void should_return_nothing_when_the_operation_is_unknown() {
    // WHEN
    var unknown = OperationActions.requiredActions("DescribeInstances", "b", "k");
    var missing = OperationActions.requiredActions(null, "b", "k");
    // THEN
    then(unknown).isEmpty();
    then(missing).isEmpty();
  }

  @Test
  void should_accept_sdk_spellings_when_resolving_actions() {
    // WHEN
    var actions = OperationActions.requiredActions("put_object", "b", "k");
    // THEN
    then(actions).first().isEqualTo(new RequiredAction("s3:PutObject", "arn:aws:s3:::b/k", When.ALWAYS));
  }

  @Test
  void should_offer_both_public_access_block_forms_when_no_bucket_is_known() {
    // WHEN
    var unknownTarget = OperationActions.requiredActions("GetPublicAccessBlock", null, null);
    // THEN
    then(unknownTarget).extracting(RequiredAction::action, RequiredAction::resource, RequiredAction::when)
        .containsExactly(
            tuple("s3:GetBucketPublicAccessBlock", null, When.TARGETS_BUCKET),
            tuple("s3:GetAccountPublicAccessBlock", "*", When.TARGETS_ACCOUNT));
  }

  @Test
  void should_leave_kms_keys_unknown_when_any_operation_needs_kms() {
    // WHEN
    var kmsResources = OperationActions.operations().stream()
        .flatMap(operation -> OperationActions.requiredActions(operation, "b", "k", "src", "sk").stream())
        .filter(action -> action.action().startsWith("kms:"))
        .map(RequiredAction::resource);
    // THEN
    then(kmsResources).isNotEmpty().allMatch(Objects::isNull);
  }
}
