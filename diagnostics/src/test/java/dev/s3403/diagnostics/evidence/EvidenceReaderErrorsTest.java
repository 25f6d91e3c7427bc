package dev.s3403.diagnostics.evidence;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of unusable input is one error line naming its JSON pointer; nothing is thrown. */
class EvidenceReaderErrorsTest {

  private static final String F = "\"format\":\"s3-403/evidence@1\"";

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of("bundle that is not an object", "[1, 2]",
            "(root): a bundle must be a JSON object, not an array"),
        Arguments.of("no format", "{}",
            "/format: is missing: a bundle must say `\"format\": \"s3-403/evidence@1\"`"),
        Arguments.of("another format", "{\"format\":\"s3-403/evidence@2\"}",
            "/format: must be `s3-403/evidence@1`, not `s3-403/evidence@2`"),
        Arguments.of("format that is not a string", "{\"format\":1}",
            "/format: must be `s3-403/evidence@1`, not a number"),
        Arguments.of("policy given as a string", "{%s,\"buckets\":{\"acme-reports\":{\"policy\":\"{\\\"Version\\\":\\\"2012-10-17\\\"}\"}}}",
            "/buckets/acme-reports/policy: must be a policy document (a JSON object) or null, not a string"),
        Arguments.of("account id that is not 12 digits", "{%s,\"buckets\":{\"acme-reports\":{\"account\":\"4444-5555-6666\"}}}",
            "/buckets/acme-reports/account: must be a 12-digit account id, not `4444-5555-6666`"),
        Arguments.of("account id given as a number, under a key holding `/`",
            "{%s,\"principals\":{\"arn:aws:iam::111122223333:role/app\":{\"account\":111122223333}}}",
            "/principals/arn:aws:iam::111122223333:role~1app/account: must be a 12-digit account id (a string) or null, not a number"),
        Arguments.of("accounts keyed by something else than an account id", "{%s,\"accounts\":{\"acme\":{}}}",
            "/accounts/acme: key must be a 12-digit account id, not `acme`"),
        Arguments.of("principals keyed by a role name", "{%s,\"principals\":{\"app\":{}}}",
            "/principals/app: key must be a full ARN, not `app`"),
        Arguments.of("object key holding `~` and `/`", "{%s,\"buckets\":{\"b\":{\"objects\":{\"a~b/c.csv\":{\"exists\":\"yes\"}}}}}",
            "/buckets/b/objects/a~0b~1c.csv/exists: must be a boolean or null, not a string"),
        Arguments.of("request that is not an object", "{%s,\"request\":[]}",
            "/request: must be an object or null, not an array"),
        Arguments.of("header value that is not a string", "{%s,\"request\":{\"headers\":{\"x-amz-acl\":true}}}",
            "/request/headers/x-amz-acl: must be a string, not a boolean"),
        Arguments.of("context value that is a number", "{%s,\"request\":{\"context\":{\"aws:SourceIp\":10}}}",
            "/request/context/aws:SourceIp: must be a string or an array of strings, not a number"),
        Arguments.of("time that is not ISO-8601", "{%s,\"request\":{\"time\":\"yesterday\"}}",
            "/request/time: must be an ISO-8601 UTC time such as `2026-11-22T10:00:00Z`, not `yesterday`"),
        Arguments.of("value outside its enumeration", "{%s,\"buckets\":{\"b\":{\"versioning\":\"On\"}}}",
            "/buckets/b/versioning: must be one of `Enabled`, `Suspended`, `Disabled`, not `On`"),
        Arguments.of("SCP document four levels down that is an array",
            "{%s,\"accounts\":{\"111122223333\":{\"organization\":{\"scps\":[{\"target\":\"r-ab12\",\"policies\":[{\"name\":\"FullAWSAccess\",\"document\":[]}]}]}}}}",
            "/accounts/111122223333/organization/scps/0/policies/0/document: must be a policy document (a JSON object) or null, not an array"),
        Arguments.of("identity policy entry that is not an object",
            "{%s,\"principals\":{\"arn:aws:iam::111122223333:user/ci\":{\"identityPolicies\":[{\"name\":\"A\"},\"B\"]}}}",
            "/principals/arn:aws:iam::111122223333:user~1ci/identityPolicies/1: must be an object, not a string"),
        Arguments.of("negative expiry", "{%s,\"request\":{\"presigned\":{\"expiresIn\":-1}}}",
            "/request/presigned/expiresIn: must be a whole number of seconds, not `-1`"),
        Arguments.of("KMS key keyed by an ARN whose grant list holds null",
            "{%s,\"kmsKeys\":{\"arn:aws:kms:us-east-1:444455556666:key/1\":{\"grants\":[null]}}}",
            "/kmsKeys/arn:aws:kms:us-east-1:444455556666:key~11/grants/0: must be an object, not null"),
        Arguments.of("unavailable entry without a reason", "{%s,\"unavailable\":[{\"what\":\"/buckets/b/policy\"}]}",
            "/unavailable/0/reason: is missing: an `unavailable` entry needs `what` and `reason`"),
        Arguments.of("unavailable entry pointing nowhere", "{%s,\"unavailable\":[{\"what\":\"buckets.b.policy\",\"reason\":\"x\"}]}",
            "/unavailable/0/what: must be a JSON pointer into the bundle such as `/buckets/acme-reports/policy`, not `buckets.b.policy`"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void should_report_one_error_naming_its_pointer_when_reading_bad_input(String situation, String json, String line) {
    // GIVEN a bundle with one kind of unusable input
    String bundle = json.formatted(F);

    // WHEN it is read
    var result = EvidenceReader.read(bundle);

    // THEN exactly one error says where and what, and no warning is raised for it
    then(result.errors()).hasSize(1);
    then(result.errors().getFirst().line()).isEqualTo(line);
    then(result.warnings()).isEmpty();
  }

  @Test
  void should_warn_and_ignore_when_reading_an_unknown_member() {
    // GIVEN a bundle with a misspelt bucket member and a member a newer collector may add
    String json = "{%s,\"buckets\":{\"acme-reports\":{\"polcy\":{},\"region\":\"eu-west-1\"}},\"collector\":\"v2\"}"
        .formatted(F);

    // WHEN it is read
    var result = EvidenceReader.read(json);

    // THEN each is a warning naming its pointer, not an error, and the rest is read
    then(result.errors()).isEmpty();
    then(result.warnings()).extracting(Note::line).containsExactly(
        "/buckets/acme-reports/polcy: unknown member, ignored",
        "/collector: unknown member, ignored");
    then(result.bundle().buckets().asOptional().orElseThrow().get("acme-reports").region())
        .isEqualTo(Fact.known("eu-west-1"));
  }

  @Test
  void should_warn_and_drop_a_principal_known_not_to_exist_without_an_error() {
    // GIVEN a role IAM said does not exist (NoSuchEntity), beside one that does
    String bundle = "{%s,\"principals\":{\"arn:aws:iam::111122223333:role/gone\":null,\"arn:aws:iam::111122223333:role/app\":{}}}"
        .formatted(F);

    // WHEN it is read
    var result = EvidenceReader.read(bundle);

    // THEN no error, a warning that the entry is not kept, and only the role that exists is in the map
    then(result.errors()).isEmpty();
    then(result.warnings()).extracting(Note::line).containsExactly(
        "/principals/arn:aws:iam::111122223333:role~1gone: known not to exist (null), which this reader does not keep");
    then(result.bundle().principals().orNull()).containsOnlyKeys("arn:aws:iam::111122223333:role/app");
  }

  @Test
  void should_keep_the_rest_of_the_bundle_when_one_member_is_unusable() {
    // GIVEN a bucket whose policy is a string, beside a known region and a second, sound bucket
    String json = """
        {"format":"s3-403/evidence@1","buckets":{
          "acme-reports":{"region":"us-east-1","policy":"{}","requesterPays":false},
          "raw-data":{"policy":null}}}
        """;

    // WHEN it is read
    var result = EvidenceReader.read(json);

    // THEN only the policy became unknown: the bucket's other members and the other bucket survive
    var buckets = result.bundle().buckets().asOptional().orElseThrow();
    then(result.errors()).hasSize(1);
    then(buckets.get("acme-reports").policy()).isEqualTo(Fact.unknown());
    then(buckets.get("acme-reports").region()).isEqualTo(Fact.known("us-east-1"));
    then(buckets.get("acme-reports").requesterPays()).isEqualTo(Fact.known(false));
    then(buckets.get("raw-data").policy()).isEqualTo(Fact.missing());
  }

  @Test
  void should_treat_a_list_with_an_unusable_item_as_unknown_when_reading_identity_policies() {
    // GIVEN two identity policies, the second not an object
    String json = "{%s,\"principals\":{\"arn:aws:iam::111122223333:user/ci\":{\"identityPolicies\":[{\"name\":\"A\"},7]}}}"
        .formatted(F);

    // WHEN it is read
    var principal = EvidenceReader.read(json).bundle().principals().asOptional().orElseThrow()
        .get("arn:aws:iam::111122223333:user/ci");

    // THEN the list is unknown rather than a shorter list that would claim policy A is all there is
    then(principal.identityPolicies()).isEqualTo(Fact.unknown());
  }

  @Test
  void should_report_an_error_at_the_root_and_give_the_empty_bundle_when_reading_text_that_is_not_json() {
    // GIVEN text cut off in the middle
    // WHEN it is read
    var result = EvidenceReader.read("{\"format\": ");

    // THEN one error at the root says so, on one line
    then(result.errors()).singleElement().satisfies(error -> {
      then(error.pointer()).isEmpty();
      then(error.line()).startsWith("(root): not JSON: ").doesNotContain("\n");
    });
    then(result.bundle()).isEqualTo(Bundle.empty());
  }

  @Test
  void should_report_an_error_when_reading_two_bundles_pasted_one_after_the_other() {
    // GIVEN two bundles in one text
    // WHEN it is read
    var result = EvidenceReader.read("{\"format\":\"s3-403/evidence@1\"} {\"format\":\"s3-403/evidence@1\"}");

    // THEN it is not taken for the first bundle alone
    then(result.errors()).extracting(Note::line).singleElement().asString().startsWith("(root): not JSON: ");
  }

  @Test
  void should_treat_the_headers_as_unknown_when_one_header_is_unusable() {
    // GIVEN an ACL header and an encryption header given as a number
    String json = "{%s,\"request\":{\"operation\":\"PutObject\",\"headers\":{\"x-amz-acl\":\"private\",\"x-amz-server-side-encryption\":256}}}"
        .formatted(F);

    // WHEN it is read
    var request = EvidenceReader.read(json).bundle().request().asOptional().orElseThrow();

    // THEN the headers are unknown, not a set that claims the request had no encryption header
    then(request.headers()).isEqualTo(Fact.unknown());
    then(request.operation()).isEqualTo(Fact.known("PutObject"));
  }

  @Test
  void should_read_an_empty_bundle_without_errors_or_warnings() {
    // GIVEN the smallest valid bundle
    // WHEN it is read
    var result = EvidenceReader.read("{\"format\":\"s3-403/evidence@1\"}");

    // THEN it is the empty bundle, and it is fine
    then(result.errors()).isEmpty();
    then(result.warnings()).isEmpty();
    then(result.bundle()).isEqualTo(Bundle.empty());
  }
}
