package dev.s3403.diagnostics.check;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.parse.ErrorParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ranking from the pasted text alone (taxonomy §5.1). */
class TextTriageTest {
  private static final ErrorParser PARSER = new ErrorParser();

  private static List<String> ranked(String text) {
    return TextTriage.rank(TextClues.of(PARSER.parse(text), text)).stream().map(c -> c.info().id()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      scp-explicit-deny                  | An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/app/s1 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme/k" with an explicit deny in a service control policy
      scp-implicit-deny                  | An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/app/s1 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme/k" because no service control policy allows the s3:GetObject action
      identity-policy-missing-allow      | An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme/k" because no identity-based policy allows the s3:PutObject action
      identity-policy-explicit-deny      | An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme/k" with an explicit deny in an identity-based policy
      bucket-policy-explicit-deny        | An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme/k" with an explicit deny in a resource-based policy
      cross-account-bucket-policy-missing-allow | An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme/k" because no resource-based policy allows the s3:GetObject action
      permissions-boundary-implicit-deny | An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::111122223333:user/bob is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme/k" because no permissions boundary allows the s3:GetObject action
      session-policy-explicit-deny       | An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/app/s1 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme/k" with an explicit deny in a session policy
      vpce-policy-implicit-deny          | An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/app/s1 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme/k" because no VPC endpoint policy allows the s3:GetObject action
      rcp-explicit-deny                  | An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/app/s1 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme/k" with an explicit deny in a resource control policy
      kms-decrypt-denied                 | An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/app/s1 is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action
      kms-generate-data-key-denied       | An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/app/s1 is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:GenerateDataKey action
      archived-object-not-restored       | An error occurred (InvalidObjectState) when calling the GetObject operation: The operation is not valid for the object's storage class
      signature-does-not-match           | An error occurred (SignatureDoesNotMatch) when calling the GetObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.
      request-time-too-skewed            | An error occurred (RequestTimeTooSkewed) when calling the ListObjectsV2 operation: The difference between the request time and the current time is too large.
      invalid-access-key-id              | An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.
      session-token-expired-or-invalid   | An error occurred (ExpiredToken) when calling the GetObject operation: The provided token has expired.
      mfa-delete-required                | An error occurred (AccessDenied) when calling the DeleteObject operation: Mfa Authentication must be used for this request
      account-or-bucket-disabled         | An error occurred (AllAccessDisabled) when calling the GetObject operation: All access to this Amazon S3 resource has been disabled.
      presigned-post-policy-violation    | <Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy Condition failed: ["eq", "$key", "uploads/a.jpg"]</Message></Error>
      """)
  void should_rank_the_cause_the_message_names_first(String expected, String text) {
    // GIVEN a pasted error whose wording decides the cause
    // WHEN it is triaged from the text alone
    List<String> ranked = ranked(text);
    // THEN that cause comes first
    then(ranked).as(text).first().isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"p018", "p019"})
  void should_put_the_expected_cause_in_the_top_three_for_the_public_text_only_scenarios(String id) throws IOException {
    // GIVEN a public scenario with no bundle
    var scenario = new ObjectMapper().readTree(resource("/scenarios/public/" + id + ".json"));
    String text = scenario.get("error").asText();
    // WHEN it is triaged
    List<String> ranked = ranked(text);
    // THEN its cause is among the first three, and what the scenario rules out is not first
    then(ranked.subList(0, Math.min(3, ranked.size()))).contains(scenario.at("/expected/inTop3").asText());
    scenario.at("/expected/notCauses").forEach(n -> then(ranked.getFirst()).isNotEqualTo(n.asText()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      nothing at all              | hello, can someone help me with S3?
      a non-403 error             | An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist
      """)
  void should_rank_nothing_when_the_text_is_no_access_denial(String situation, String text) {
    // GIVEN text that reports no denial WHEN / THEN nothing is ranked as decided
    then(TextTriage.rank(TextClues.of(PARSER.parse(text), text))).as(situation)
        .noneMatch(c -> c.likelihood() == Likelihood.DECIDED);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TextTriageTest.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing");
      return in.readAllBytes();
    }
  }
}
