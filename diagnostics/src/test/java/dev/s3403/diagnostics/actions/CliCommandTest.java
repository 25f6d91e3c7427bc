package dev.s3403.diagnostics.actions;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CliCommandTest {

  private static final String UPLOAD_CALLS =
      "PutObject CreateMultipartUpload UploadPart CompleteMultipartUpload AbortMultipartUpload";
  private static final String COPY_CALLS =
      "CopyObject CreateMultipartUpload UploadPartCopy CompleteMultipartUpload AbortMultipartUpload";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      aws s3 ls;                                    aws s3 ls;      ListBuckets
      aws s3 ls s3://b/p/;                          aws s3 ls;      ListObjectsV2
      $ aws --profile prod --region eu-west-1 s3 ls s3://b; aws s3 ls; ListObjectsV2
      aws s3 cp s3://b/k .;                         aws s3 cp;      HeadObject GetObject
      aws s3 cp s3://b/p/ ./out --recursive;        aws s3 cp;      ListObjectsV2 GetObject
      aws s3 cp ./f.txt s3://b/k;                   aws s3 cp;      PutObject CreateMultipartUpload UploadPart CompleteMultipartUpload AbortMultipartUpload
      aws s3 cp s3://a/k s3://b/k;                  aws s3 cp;      HeadObject CopyObject CreateMultipartUpload UploadPartCopy CompleteMultipartUpload AbortMultipartUpload
      aws s3 sync . s3://b/p/;                      aws s3 sync;    ListObjectsV2 PutObject CreateMultipartUpload UploadPart CompleteMultipartUpload AbortMultipartUpload
      aws s3 sync s3://b/p/ .;                      aws s3 sync;    ListObjectsV2 GetObject
      aws s3 sync s3://a s3://b;                    aws s3 sync;    ListObjectsV2 CopyObject CreateMultipartUpload UploadPartCopy CompleteMultipartUpload AbortMultipartUpload
      aws s3 rm s3://b/k;                           aws s3 rm;      DeleteObject
      aws s3 rm s3://b/p/ --recursive;              aws s3 rm;      ListObjectsV2 DeleteObjects
      aws s3 mv s3://b/k ./k;                       aws s3 mv;      HeadObject GetObject DeleteObject
      aws s3 mv ./k s3://b/k;                       aws s3 mv;      PutObject CreateMultipartUpload UploadPart CompleteMultipartUpload AbortMultipartUpload
      aws s3 mb s3://b;                             aws s3 mb;      CreateBucket
      aws s3 rb s3://b;                             aws s3 rb;      DeleteBucket
      aws s3 rb s3://b --force;                     aws s3 rb;      ListObjectsV2 DeleteObjects DeleteBucket
      aws s3 website s3://b --index-document index.html; aws s3 website; PutBucketWebsite
      aws s3api put-object --bucket b --key k --body f; aws s3api put-object; PutObject
      aws s3api list-objects-v2 --bucket b;         aws s3api list-objects-v2; ListObjectsV2
      """)
  void should_list_the_api_calls_when_a_cli_command_is_given(String commandLine, String command, String calls) {
    // WHEN
    var cli = OperationActions.cliCommand(commandLine);
    // THEN
    then(cli).get().satisfies(c -> {
      then(c.command()).isEqualTo(command);
      then(c.operations()).containsExactlyElementsOf(Arrays.asList(calls.split(" ")));
    });
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "hello world", "aws ec2 describe-instances", "aws s3 cp onlyone",
      "aws s3 frobnicate s3://b", "aws s3", "aws s3api describe-instances --bucket b", "aws s3 cp ./a ./b"})
  void should_find_no_command_when_the_text_holds_no_s3_cli_command(String text) {
    // WHEN
    var cli = OperationActions.cliCommand(text);
    // THEN
    then(cli).isEmpty();
  }

  @Test
  void should_need_list_all_my_buckets_when_listing_without_a_path() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 ls").orElseThrow();
    // THEN
    then(cli.actions()).containsExactly(new RequiredAction("s3:ListAllMyBuckets", "*", When.ALWAYS));
  }

  @Test
  void should_need_list_bucket_on_the_bucket_when_listing_a_prefix() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 ls s3://acme/reports/2024/ --recursive").orElseThrow();
    // THEN
    then(cli.actions()).containsExactly(new RequiredAction("s3:ListBucket", "arn:aws:s3:::acme", When.ALWAYS));
  }

  @Test
  void should_need_get_object_and_a_conditional_decrypt_when_downloading() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 cp s3://payroll/2026-11/payslips.zip .").orElseThrow();
    // THEN
    then(cli.actions()).containsExactly(
        new RequiredAction("s3:GetObject", "arn:aws:s3:::payroll/2026-11/payslips.zip", When.ALWAYS),
        new RequiredAction("kms:Decrypt", null, When.SSE_KMS));
  }

  @Test
  void should_append_the_file_name_when_uploading_to_a_prefix_from_windows() {
    // WHEN
    var cli = OperationActions.cliCommand("PS> aws s3 cp .\\CUS-88120.xml s3://customs/2026/11/").orElseThrow();
    // THEN
    then(cli.actions()).first()
        .isEqualTo(new RequiredAction("s3:PutObject", "arn:aws:s3:::customs/2026/11/CUS-88120.xml", When.ALWAYS));
  }

  @Test
  void should_need_data_key_and_multipart_decrypt_when_uploading_with_the_bucket_default_encryption() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 cp ./rates.csv s3://dropbox/in/rates.csv").orElseThrow();
    // THEN
    then(cli.actions()).containsExactly(
        new RequiredAction("s3:PutObject", "arn:aws:s3:::dropbox/in/rates.csv", When.ALWAYS),
        new RequiredAction("kms:GenerateDataKey", null, When.SSE_KMS),
        new RequiredAction("kms:Decrypt", null, When.MULTIPART_SSE_KMS),
        new RequiredAction("s3:AbortMultipartUpload", "arn:aws:s3:::dropbox/in/rates.csv", When.MULTIPART));
  }

  @Test
  void should_name_the_kms_key_when_the_upload_names_a_key_arn() {
    // GIVEN
    String key = "arn:aws:kms:eu-west-1:123456789012:key/4a301bac-316d-4510-a5a5-487b7f06e6ce";
    // WHEN
    var cli = OperationActions.cliCommand(
        "$ aws s3 cp INV-77120.pdf s3://invoices/2026/11/ --sse aws:kms --sse-kms-key-id " + key).orElseThrow();
    // THEN
    then(cli.actions()).contains(
        new RequiredAction("kms:GenerateDataKey", key, When.SSE_KMS),
        new RequiredAction("kms:Decrypt", key, When.MULTIPART_SSE_KMS));
  }

  @Test
  void should_need_no_kms_key_when_the_upload_asks_for_sse_s3() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 cp contract.pdf s3://contracts/c/ --sse AES256").orElseThrow();
    // THEN
    then(cli.actions()).extracting(RequiredAction::action).noneMatch(action -> action.startsWith("kms:"));
  }

  @Test
  void should_need_put_object_acl_only_when_the_upload_sends_an_acl() {
    // WHEN
    var withAcl = OperationActions.cliCommand("aws s3 cp f s3://b/k --acl bucket-owner-full-control").orElseThrow();
    var withoutAcl = OperationActions.cliCommand("aws s3 cp f s3://b/k").orElseThrow();
    // THEN
    then(withAcl.actions()).contains(new RequiredAction("s3:PutObjectAcl", "arn:aws:s3:::b/k", When.ACL_HEADER));
    then(withoutAcl.actions()).extracting(RequiredAction::action)
        .doesNotContain("s3:PutObjectAcl", "s3:PutObjectTagging", "s3:PutObjectRetention", "s3:PutObjectLegalHold");
  }

  @Test
  void should_need_rights_on_both_buckets_when_copying_between_buckets() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 cp s3://a/in/x.csv s3://b/out/").orElseThrow();
    // THEN
    then(cli.actions()).filteredOn(RequiredAction::unconditional).containsExactly(
        new RequiredAction("s3:GetObject", "arn:aws:s3:::a/in/x.csv", When.SOURCE),
        new RequiredAction("s3:PutObject", "arn:aws:s3:::b/out/x.csv", When.DESTINATION));
    then(cli.actions()).contains(new RequiredAction("kms:Decrypt", null, When.SOURCE_SSE_KMS),
        new RequiredAction("kms:GenerateDataKey", null, When.DESTINATION_SSE_KMS),
        new RequiredAction("kms:Decrypt", null, When.MULTIPART_SSE_KMS));
  }

  @Test
  void should_leave_out_tag_actions_when_the_copy_does_not_copy_properties() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 cp s3://a/k s3://b/k --copy-props none").orElseThrow();
    // THEN
    then(cli.actions()).extracting(RequiredAction::action)
        .doesNotContain("s3:GetObjectTagging", "s3:PutObjectTagging");
  }

  @Test
  void should_read_a_bare_bucket_when_listing_without_the_scheme() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 ls my-bucket/logs/").orElseThrow();
    // THEN
    then(cli.actions()).containsExactly(new RequiredAction("s3:ListBucket", "arn:aws:s3:::my-bucket", When.ALWAYS));
  }

  @Test
  void should_need_list_bucket_on_source_and_destination_when_syncing_buckets() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 sync s3://a/p/ s3://b/q/ --delete").orElseThrow();
    // THEN
    then(cli.actions()).contains(
        new RequiredAction("s3:ListBucket", "arn:aws:s3:::a", When.ALWAYS),
        new RequiredAction("s3:ListBucket", "arn:aws:s3:::b", When.ALWAYS),
        new RequiredAction("s3:DeleteObject", null, When.SYNC_DELETE));
  }

  @Test
  void should_need_list_and_delete_when_removing_recursively() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 rm s3://b/tmp/ --recursive").orElseThrow();
    // THEN
    then(cli.actions()).containsExactly(
        new RequiredAction("s3:ListBucket", "arn:aws:s3:::b", When.ALWAYS),
        new RequiredAction("s3:DeleteObject", null, When.ALWAYS));
  }

  @Test
  void should_delete_the_source_when_moving_between_buckets() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 mv s3://a/k s3://b/k").orElseThrow();
    // THEN
    then(cli.actions()).contains(new RequiredAction("s3:DeleteObject", "arn:aws:s3:::a/k", When.SOURCE));
  }

  @Test
  void should_need_get_object_when_the_presigned_url_is_used() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 presign s3://b/photo.jpg --expires-in 300").orElseThrow();
    // THEN
    then(cli.operations()).isEmpty();
    then(cli.actions()).first()
        .isEqualTo(new RequiredAction("s3:GetObject", "arn:aws:s3:::b/photo.jpg", When.PRESIGNED_URL_USED));
  }

  @Test
  void should_need_create_bucket_alone_when_making_a_bucket() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3 mb s3://sbx-experiments --region eu-west-1").orElseThrow();
    // THEN
    then(cli.actions()).containsExactly(
        new RequiredAction("s3:CreateBucket", "arn:aws:s3:::sbx-experiments", When.ALWAYS));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "$ aws s3 ls s3://logs/\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation",
      "aws s3 ls s3://logs/ | grep 2026",
      "cd /tmp && aws s3 ls 's3://logs/'",
      "aws s3 ls \\\n  s3://logs/"})
  void should_find_the_command_when_it_is_pasted_with_shell_noise(String text) {
    // WHEN
    var cli = OperationActions.cliCommand(text).orElseThrow();
    // THEN
    then(cli.actions()).containsExactly(new RequiredAction("s3:ListBucket", "arn:aws:s3:::logs", When.ALWAYS));
  }

  @Test
  void should_keep_only_the_conditions_the_options_send_when_calling_s3api() {
    // WHEN
    var withAcl = OperationActions.cliCommand(
        "aws s3api put-object --bucket pod --key p.jpg --body p.jpg --acl bucket-owner-full-control").orElseThrow();
    var withSseS3 = OperationActions.cliCommand(
        "aws s3api put-object --bucket pod --key p.jpg --server-side-encryption AES256").orElseThrow();
    // THEN
    then(withAcl.actions()).containsExactly(
        new RequiredAction("s3:PutObject", "arn:aws:s3:::pod/p.jpg", When.ALWAYS),
        new RequiredAction("s3:PutObjectAcl", "arn:aws:s3:::pod/p.jpg", When.ACL_HEADER),
        new RequiredAction("kms:GenerateDataKey", null, When.SSE_KMS));
    then(withSseS3.actions()).containsExactly(new RequiredAction("s3:PutObject", "arn:aws:s3:::pod/p.jpg", When.ALWAYS));
  }

  @Test
  void should_read_the_copy_source_when_calling_s3api_copy_object() {
    // WHEN
    var cli = OperationActions.cliCommand(
        "aws s3api copy-object --bucket dst --key k --copy-source src/dir/k?versionId=3HL4kqtJ").orElseThrow();
    // THEN
    then(cli.actions()).contains(
        new RequiredAction("s3:GetObject", "arn:aws:s3:::src/dir/k", When.SOURCE),
        new RequiredAction("s3:GetObjectVersion", "arn:aws:s3:::src/dir/k", When.SOURCE_VERSION_ID),
        new RequiredAction("s3:PutObject", "arn:aws:s3:::dst/k", When.DESTINATION));
  }

  @Test
  void should_need_the_account_action_when_calling_s3control_public_access_block() {
    // WHEN
    var cli = OperationActions.cliCommand("aws s3control get-public-access-block --account-id 111122223333")
        .orElseThrow();
    // THEN
    then(cli.operations()).isEqualTo(List.of("GetPublicAccessBlock"));
    then(cli.actions()).containsExactly(new RequiredAction("s3:GetAccountPublicAccessBlock", "*", When.ALWAYS));
  }
}
