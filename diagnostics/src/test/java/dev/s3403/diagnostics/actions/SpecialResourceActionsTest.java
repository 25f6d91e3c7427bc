package dev.s3403.diagnostics.actions;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Copies (two resources), directory buckets, and access points given in place of a bucket. */
class SpecialResourceActionsTest {

  private static final String ACCESS_POINT = "arn:aws:s3:eu-west-1:111122223333:accesspoint/reports";
  private static final String OBJECT_LAMBDA = "arn:aws:s3-object-lambda:eu-west-1:111122223333:accesspoint/redact";
  private static final String MRAP = "arn:aws:s3::111122223333:accesspoint/mfzwi23gnjvgw.mrap";
  private static final String DIRECTORY_ARN = "arn:aws:s3express:us-east-1:111122223333:bucket/fast--use1-az4--x-s3";

  @Test
  void should_need_rights_on_both_objects_when_copying() {
    // WHEN
    var actions = OperationActions.requiredActions("CopyObject", "dst", "out/a.csv", "src", "in/a.csv");
    // THEN
    then(actions).contains(
        new RequiredAction("s3:GetObject", "arn:aws:s3:::src/in/a.csv", When.SOURCE),
        new RequiredAction("s3:GetObjectVersion", "arn:aws:s3:::src/in/a.csv", When.SOURCE_VERSION_ID),
        new RequiredAction("kms:Decrypt", null, When.SOURCE_SSE_KMS),
        new RequiredAction("s3:PutObject", "arn:aws:s3:::dst/out/a.csv", When.DESTINATION),
        new RequiredAction("s3:PutObjectAcl", "arn:aws:s3:::dst/out/a.csv", When.ACL_HEADER),
        new RequiredAction("kms:GenerateDataKey", null, When.DESTINATION_SSE_KMS),
        new RequiredAction("s3:GetObjectTagging", "arn:aws:s3:::src/in/a.csv", When.SOURCE_HAS_TAGS),
        new RequiredAction("s3:PutObjectTagging", "arn:aws:s3:::dst/out/a.csv", When.SOURCE_HAS_TAGS));
  }

  @Test
  void should_need_rights_on_both_objects_when_copying_a_part() {
    // WHEN
    var actions = OperationActions.requiredActions("UploadPartCopy", "dst", "big.bin", "src", "big.bin");
    // THEN
    then(actions).filteredOn(RequiredAction::unconditional).containsExactly(
        new RequiredAction("s3:GetObject", "arn:aws:s3:::src/big.bin", When.SOURCE),
        new RequiredAction("s3:PutObject", "arn:aws:s3:::dst/big.bin", When.DESTINATION));
  }

  @Test
  void should_leave_the_source_unknown_when_a_copy_names_no_source() {
    // WHEN
    var actions = OperationActions.requiredActions("CopyObject", "dst", "k");
    // THEN
    then(actions).contains(new RequiredAction("s3:GetObject", null, When.SOURCE),
        new RequiredAction("s3:PutObject", "arn:aws:s3:::dst/k", When.DESTINATION));
  }

  @Test
  void should_need_create_session_when_reading_from_a_directory_bucket() {
    // WHEN
    var actions = OperationActions.requiredActions("GetObject", "fast--use1-az4--x-s3", "k");
    // THEN
    then(actions).containsExactly(
        new RequiredAction("s3express:CreateSession", null, When.ALWAYS),
        new RequiredAction("kms:Decrypt", null, When.SSE_KMS));
  }

  @Test
  void should_name_the_directory_bucket_when_its_arn_is_given() {
    // WHEN
    var actions = OperationActions.requiredActions("PutObject", DIRECTORY_ARN, "k");
    // THEN
    then(actions).first().isEqualTo(new RequiredAction("s3express:CreateSession", DIRECTORY_ARN, When.ALWAYS));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      CreateBucket,         s3express:CreateBucket
      DeleteBucketPolicy,   s3express:DeleteBucketPolicy
      GetBucketEncryption,  s3express:GetEncryptionConfiguration
      PutBucketLifecycleConfiguration, s3express:PutLifecycleConfiguration
      HeadBucket,           s3express:CreateSession
      ListObjectsV2,        s3express:CreateSession
      CompleteMultipartUpload, s3express:CreateSession
      CreateSession,        s3express:CreateSession
      """)
  void should_need_the_s3express_action_when_the_bucket_is_a_directory_bucket(String operation, String action) {
    // WHEN
    var actions = OperationActions.requiredActions(operation, DIRECTORY_ARN, "k");
    // THEN
    then(actions).first().isEqualTo(new RequiredAction(action, DIRECTORY_ARN, When.ALWAYS));
  }

  @Test
  void should_authorize_each_side_on_its_own_when_copying_into_a_directory_bucket() {
    // WHEN
    var actions = OperationActions.requiredActions("CopyObject", DIRECTORY_ARN, "k", "general", "k");
    // THEN
    then(actions).filteredOn(RequiredAction::unconditional).containsExactly(
        new RequiredAction("s3:GetObject", "arn:aws:s3:::general/k", When.SOURCE),
        new RequiredAction("s3express:CreateSession", DIRECTORY_ARN, When.DESTINATION));
  }

  @ParameterizedTest(name = "{0} through {1}")
  @CsvSource(textBlock = """
      GetObject,     arn:aws:s3:eu-west-1:111122223333:accesspoint/reports, arn:aws:s3:eu-west-1:111122223333:accesspoint/reports/object/q1.csv
      ListObjectsV2, arn:aws:s3:eu-west-1:111122223333:accesspoint/reports, arn:aws:s3:eu-west-1:111122223333:accesspoint/reports
      PutObject,     arn:aws:s3::111122223333:accesspoint/mfzwi23gnjvgw.mrap, arn:aws:s3::111122223333:accesspoint/mfzwi23gnjvgw.mrap/object/q1.csv
      """)
  void should_use_the_access_point_arn_when_the_request_goes_through_an_access_point(String operation, String accessPoint,
      String resource) {
    // WHEN
    var actions = OperationActions.requiredActions(operation, accessPoint, "q1.csv");
    // THEN
    then(actions).first().extracting(RequiredAction::resource).isEqualTo(resource);
  }

  @Test
  void should_need_object_lambda_and_invoke_rights_when_reading_through_an_object_lambda_access_point() {
    // WHEN
    var actions = OperationActions.requiredActions("GetObject", OBJECT_LAMBDA, "q1.csv");
    // THEN
    then(actions).filteredOn(RequiredAction::unconditional).containsExactly(
        new RequiredAction("s3-object-lambda:GetObject", OBJECT_LAMBDA, When.ALWAYS),
        new RequiredAction("lambda:InvokeFunction", null, When.ALWAYS),
        new RequiredAction("s3:GetObject", null, When.SUPPORTING_ACCESS_POINT));
  }

  @Test
  void should_name_the_access_point_when_its_control_plane_is_called_with_its_arn() {
    // WHEN
    var withArn = OperationActions.requiredActions("GetAccessPointPolicy", ACCESS_POINT, null);
    var withName = OperationActions.requiredActions("GetAccessPointPolicy", "reports", null);
    var mrapPolicy = OperationActions.requiredActions("GetMultiRegionAccessPointPolicy", MRAP, null);
    // THEN
    then(withArn).containsExactly(new RequiredAction("s3:GetAccessPointPolicy", ACCESS_POINT, When.ALWAYS));
    then(withName).containsExactly(new RequiredAction("s3:GetAccessPointPolicy", null, When.ALWAYS));
    then(mrapPolicy).containsExactly(new RequiredAction("s3:GetMultiRegionAccessPointPolicy", MRAP, When.ALWAYS));
  }
}
