package dev.s3403.diagnostics.actions;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The table as data: coverage of taxonomy §3 and well-formed rows. */
class OperationTableTest {

  /** Every operation taxonomy §3.1-3.3 names, directly or as a group. */
  private static final List<String> TAXONOMY = List.of("GetObject", "HeadObject", "GetObjectAttributes",
      "SelectObjectContent", "GetObjectTorrent", "PutObject", "PostObject", "CopyObject", "CreateMultipartUpload",
      "UploadPart", "UploadPartCopy", "CompleteMultipartUpload", "AbortMultipartUpload", "ListParts",
      "ListMultipartUploads", "DeleteObject", "DeleteObjects", "GetObjectTagging", "PutObjectTagging",
      "DeleteObjectTagging", "GetObjectAcl", "PutObjectAcl", "PutObjectRetention", "PutObjectLegalHold",
      "GetObjectLegalHold", "GetObjectRetention", "RestoreObject", "UpdateObjectEncryption", "ListObjects",
      "ListObjectsV2", "ListObjectVersions", "HeadBucket", "ListBuckets", "GetBucketLocation", "GetBucketPolicy",
      "PutBucketPolicy", "DeleteBucketPolicy", "GetBucketPolicyStatus", "GetPublicAccessBlock",
      "PutPublicAccessBlock", "DeletePublicAccessBlock", "GetBucketEncryption", "PutBucketEncryption",
      "DeleteBucketEncryption", "GetBucketLifecycleConfiguration", "PutBucketLifecycleConfiguration",
      "DeleteBucketLifecycle", "GetBucketCors", "PutBucketCors", "DeleteBucketCors", "GetBucketReplication",
      "PutBucketReplication", "DeleteBucketReplication", "GetBucketNotificationConfiguration",
      "PutBucketNotificationConfiguration", "GetBucketOwnershipControls", "PutBucketOwnershipControls",
      "DeleteBucketOwnershipControls", "GetObjectLockConfiguration", "PutObjectLockConfiguration",
      "GetBucketVersioning", "PutBucketVersioning", "GetBucketRequestPayment", "PutBucketRequestPayment",
      "GetBucketTagging", "PutBucketTagging", "DeleteBucketTagging", "GetBucketAbac", "PutBucketAbac",
      "GetBucketAccelerateConfiguration", "PutBucketAccelerateConfiguration", "GetBucketAnalyticsConfiguration",
      "ListBucketAnalyticsConfigurations", "PutBucketAnalyticsConfiguration", "DeleteBucketAnalyticsConfiguration",
      "GetBucketInventoryConfiguration", "ListBucketInventoryConfigurations", "PutBucketInventoryConfiguration",
      "DeleteBucketInventoryConfiguration", "GetBucketMetricsConfiguration", "ListBucketMetricsConfigurations",
      "PutBucketMetricsConfiguration", "DeleteBucketMetricsConfiguration",
      "GetBucketIntelligentTieringConfiguration", "ListBucketIntelligentTieringConfigurations",
      "PutBucketIntelligentTieringConfiguration", "DeleteBucketIntelligentTieringConfiguration",
      "GetBucketWebsite", "PutBucketWebsite", "DeleteBucketWebsite", "GetBucketLogging", "PutBucketLogging",
      "CreateBucket", "CreateBucketMetadataTableConfiguration", "CreateAccessPoint", "GetAccessPoint",
      "GetAccessPointPolicy", "PutAccessPointPolicy", "DeleteAccessPointPolicy", "GetAccessPointPolicyStatus",
      "ListAccessPoints", "CreateAccessPointForObjectLambda", "WriteGetObjectResponse",
      "CreateMultiRegionAccessPoint", "GetMultiRegionAccessPointPolicy", "PutMultiRegionAccessPointPolicy",
      "ListMultiRegionAccessPoints", "CreateSession", "GetDataAccess", "CreateAccessGrant",
      "ListCallerAccessGrants", "CreateJob", "ListJobs", "ListStorageLensConfigurations", "TagResource",
      "UntagResource");

  /** Names that look like IAM actions but are not (taxonomy §3.3). */
  private static final List<String> NOT_IAM_ACTIONS = List.of("s3:ListObjects", "s3:ListObjectsV2",
      "s3:HeadObject", "s3:HeadBucket", "s3:CopyObject", "s3:CreateMultipartUpload", "s3:UploadPart",
      "s3:CompleteMultipartUpload", "s3:DeleteObjects", "s3:GetBucketEncryption", "s3:GetBucketCors");

  static Stream<String> operations() {
    return OperationActions.operations().stream();
  }

  @Test
  void should_know_every_taxonomy_operation_when_listing_operations() {
    // WHEN
    var operations = OperationActions.operations();
    // THEN
    then(operations).containsAll(TAXONOMY).hasSizeGreaterThanOrEqualTo(180);
    thenThrownBy(() -> operations.add("Nope")).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void should_produce_well_formed_actions_when_any_operation_is_resolved(String operation) {
    // WHEN
    var withEverything = OperationActions.requiredActions(operation, "b", "k", "src", "sk");
    var withNothing = OperationActions.requiredActions(operation, null, null);
    // THEN
    then(withEverything).isNotEmpty().anyMatch(RequiredAction::unconditional);
    then(Stream.concat(withEverything.stream(), withNothing.stream())).allSatisfy(action -> {
      then(action.action()).matches("[a-z0-9-]+:[A-Za-z0-9]+").isNotIn(NOT_IAM_ACTIONS);
      then(action.when()).isIn(When.all());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void should_find_the_aws_spelling_when_given_any_casing_or_snake_case(String operation) {
    // GIVEN
    String snake = operation.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    // WHEN
    var fromSnake = OperationActions.canonical(snake);
    var fromUpper = OperationActions.canonical(operation.toUpperCase());
    // THEN
    then(fromSnake).contains(operation);
    then(fromUpper).contains(operation);
    then(OperationActions.isS3Operation(operation.toLowerCase())).isTrue();
  }

  @ParameterizedTest(name = "[{index}] `{0}`")
  @CsvSource(nullValues = "-", textBlock = """
      get_object,              GetObject
      listobjectsv2,           ListObjectsV2
      list_objects_v2,         ListObjectsV2
      put-object,              PutObject
      GetObjectCommand,        GetObject
      PutObjectRequest,        PutObject
      ' HeadBucket ',          HeadBucket
      get_bucket_request_payment, GetBucketRequestPayment
      DescribeInstances,       -
      '',                      -
      """)
  void should_return_the_canonical_name_when_a_spelling_is_known(String name, String expected) {
    // WHEN
    Optional<String> canonical = OperationActions.canonical(name);
    // THEN
    then(canonical).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void should_match_only_aws_spelling_when_asked_whether_a_name_is_an_operation() {
    // THEN
    then(OperationActions.isS3Operation("GetObject")).isTrue();
    then(OperationActions.isS3Operation("getobject")).isTrue();
    then(OperationActions.isS3Operation("ListObjects")).isTrue();
    then(OperationActions.isS3Operation("GetObjects")).isFalse();
    then(OperationActions.isS3Operation("AssumeRole")).isFalse();
    then(OperationActions.isS3Operation(null)).isFalse();
  }
}
