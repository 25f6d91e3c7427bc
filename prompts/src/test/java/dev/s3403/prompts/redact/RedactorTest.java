package dev.s3403.prompts.redact;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nothing secret in a paste survives redaction; what helps the diagnosis (ARNs, ids, buckets) does. */
class RedactorTest {
  // Canary secrets, shaped as AWS and Slack issue them.
  private static final String KEY_ID = "AKIAIOSFODNN7CANARY1";
  private static final String TEMP_KEY_ID = "ASIAQXYZ7EXAMPLE0001";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARYKEY1";
  private static final String TOKEN = "IQoJb3JpZ2luX2VjEBwaCWV1LXdlc3QtMSJHMEUCIQDcanarytokenvalue1234567890abcdef";
  private static final String SIGNATURE = "68d3944fede19670c70428798c064208e85cfcb128801b285cd6cfffcaaacc21";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      presigned URL                 | PUT https://b.s3.eu-west-1.amazonaws.com/k.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAQXYZ7EXAMPLE0001%2F20261122%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEBwaCWV1LXdlc3QtMSJHMEUCIQDcanarytokenvalue1234567890abcdef&X-Amz-Signature=68d3944fede19670c70428798c064208e85cfcb128801b285cd6cfffcaaacc21 -> 403
      credentials file              | [default] aws_access_key_id = AKIAIOSFODNN7CANARY1 aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARYKEY1
      environment variables         | export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7CANARY1; export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARYKEY1; export AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEBwaCWV1LXdlc3QtMSJHMEUCIQDcanarytokenvalue1234567890abcdef
      JSON credentials              | {"AccessKeyId": "ASIAQXYZ7EXAMPLE0001", "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARYKEY1", "SessionToken": "IQoJb3JpZ2luX2VjEBwaCWV1LXdlc3QtMSJHMEUCIQDcanarytokenvalue1234567890abcdef"}
      authorization header          | Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7CANARY1/20261122/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=68d3944fede19670c70428798c064208e85cfcb128801b285cd6cfffcaaacc21
      bare secret in prose          | my secret is wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARYKEY1 and it fails
      """)
  void should_remove_every_canary_secret(String situation, String paste) {
    // GIVEN a paste with canary secrets WHEN it is redacted
    var r = Redactor.redact(paste);
    // THEN none survives, and the redaction says so
    then(r.text()).as(situation).doesNotContain(KEY_ID, TEMP_KEY_ID, SECRET, TOKEN, SIGNATURE);
    then(r.any()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Slack bot token         | token xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx        | xoxb-1234567890
      Slack app token         | SLACK_APP_TOKEN=xapp-1-A0123456789-1234567890123-abcdef0123    | xapp-1-A0123456789
      Slack webhook           | https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXX | T0000/B0000
      password in a URL       | jdbc:postgresql://admin:s3cr3t-P4ss@db.internal:5432/app       | s3cr3t-P4ss
      bearer token            | Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdef | eyJhbGciOiJIUzI1NiJ9
      """)
  void should_remove_other_credentials_people_paste(String situation, String paste, String secret) {
    then(Redactor.redact(paste).text()).as(situation).doesNotContain(secret);
  }

  @Test
  void should_keep_what_the_diagnosis_needs() {
    // GIVEN an error with ARNs, an account, a bucket, a request id, a host id and a role's unique id
    String error = "An error occurred (AccessDenied) when calling the GetObject operation: User: "
        + "arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: s3:GetObject on resource: "
        + "\"arn:aws:s3:::acme-reports/2024/q1.csv\" (RequestId: 4442587FB7D0A2F9, HostId: "
        + "KHhUe1zNg3d73BlAydqtSUEvOppYbmwtd/ncpRQAYi7K9KX3zhDMno1zmiYJE7EMsVG/YdqMah1=) role id AROAEXAMPLEID12345";
    // WHEN / THEN nothing changes
    var r = Redactor.redact(error);
    then(r.text()).isEqualTo(error);
    then(r.any()).isFalse();
  }
}
