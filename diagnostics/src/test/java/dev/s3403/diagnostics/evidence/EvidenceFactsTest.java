package dev.s3403.diagnostics.evidence;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Absent (unknown), {@code null} (known not to exist) and empty (known empty) stay apart, in and out. */
class EvidenceFactsTest {

  private static Bundle read(String json) {
    var result = EvidenceReader.read(json);
    then(result.errors()).isEmpty();
    then(result.warnings()).isEmpty();
    return result.bundle();
  }

  private static BucketInfo bucket(Bundle b) {
    return b.buckets().asOptional().orElseThrow().get("acme-reports");
  }

  private static PrincipalInfo role(Bundle b) {
    return b.principals().asOptional().orElseThrow().get("arn:aws:iam::111122223333:role/app");
  }

  private static AccountInfo account(Bundle b) {
    return b.accounts().asOptional().orElseThrow().get("111122223333");
  }

  /** A member, how to write the bundle around it, and how to find it in what was read. */
  static Stream<Arguments> members() {
    return Stream.of(
        Arguments.of("bucket policy", "{\"buckets\":{\"acme-reports\":{%s}}}", "policy", "{}",
            (Function<Bundle, Fact<?>>) b -> bucket(b).policy()),
        Arguments.of("identity policies", "{\"principals\":{\"arn:aws:iam::111122223333:role/app\":{%s}}}",
            "identityPolicies", "[]", (Function<Bundle, Fact<?>>) b -> role(b).identityPolicies()),
        Arguments.of("permissions boundary", "{\"principals\":{\"arn:aws:iam::111122223333:role/app\":{%s}}}",
            "permissionsBoundary", "{}", (Function<Bundle, Fact<?>>) b -> role(b).permissionsBoundary()),
        Arguments.of("organization", "{\"accounts\":{\"111122223333\":{%s}}}", "organization", "{}",
            (Function<Bundle, Fact<?>>) b -> account(b).organization()),
        Arguments.of("account Block Public Access", "{\"accounts\":{\"111122223333\":{%s}}}", "blockPublicAccess", "{}",
            (Function<Bundle, Fact<?>>) b -> account(b).blockPublicAccess()),
        Arguments.of("session policy", "{\"request\":{%s}}", "sessionPolicy", "{}",
            (Function<Bundle, Fact<?>>) b -> b.request().asOptional().orElseThrow().sessionPolicy()),
        Arguments.of("request headers", "{\"request\":{%s}}", "headers", "{}",
            (Function<Bundle, Fact<?>>) b -> b.request().asOptional().orElseThrow().headers()),
        Arguments.of("bucket ACL", "{\"buckets\":{\"acme-reports\":{%s}}}", "acl", "{}",
            (Function<Bundle, Fact<?>>) b -> bucket(b).acl()),
        Arguments.of("bucket encryption", "{\"buckets\":{\"acme-reports\":{%s}}}", "encryption", "{}",
            (Function<Bundle, Fact<?>>) b -> bucket(b).encryption()),
        Arguments.of("bucket objects", "{\"buckets\":{\"acme-reports\":{%s}}}", "objects", "{}",
            (Function<Bundle, Fact<?>>) b -> bucket(b).objects()),
        Arguments.of("VPC endpoint policy", "{\"vpcEndpoints\":{\"vpce-0a1b\":{%s}}}", "policy", "{}",
            (Function<Bundle, Fact<?>>) b -> b.vpcEndpoints().asOptional().orElseThrow().get("vpce-0a1b").policy()),
        Arguments.of("KMS grants", "{\"kmsKeys\":{\"arn:aws:kms:us-east-1:444455556666:key/1\":{%s}}}", "grants", "[]",
            (Function<Bundle, Fact<?>>) b -> b.kmsKeys().asOptional().orElseThrow()
                .get("arn:aws:kms:us-east-1:444455556666:key/1").grants()),
        Arguments.of("unavailable", "{%s}", "unavailable", "[]", (Function<Bundle, Fact<?>>) Bundle::unavailable));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("members")
  void should_keep_absent_null_and_empty_apart_when_reading_and_writing_a_member(String name, String around,
      String member, String empty, Function<Bundle, Fact<?>> find) {
    // GIVEN the same place with the member absent, null and empty
    String absent = bundle(around, "");
    String none = bundle(around, "\"%s\":null".formatted(member));
    String known = bundle(around, "\"%s\":%s".formatted(member, empty));

    // WHEN each is read
    Fact<?> unknownFact = find.apply(read(absent));
    Fact<?> missingFact = find.apply(read(none));
    Fact<?> knownFact = find.apply(read(known));

    // THEN they are unknown, missing and known, and each is written back as it was given
    then(unknownFact).isInstanceOf(Fact.Unknown.class);
    then(missingFact).isInstanceOf(Fact.Missing.class);
    then(knownFact).isInstanceOf(Fact.Known.class);
    for (String json : List.of(absent, none, known)) {
      then(EvidenceWriter.write(read(json))).isEqualTo(Scenarios.tree(json));
    }
  }

  private static String bundle(String around, String member) {
    String inner = around.formatted(member);
    return "{\"format\":\"s3-403/evidence@1\"" + (inner.equals("{}") ? "}" : "," + inner.substring(1));
  }

  @Test
  void should_keep_absent_null_and_empty_apart_when_reading_a_bucket_policy() {
    // GIVEN three buckets: policy not inspected, no policy, and an empty policy document
    String json = """
        {"format":"s3-403/evidence@1","buckets":{
          "not-inspected":{"region":"us-east-1"},
          "no-policy":{"policy":null},
          "empty-policy":{"policy":{}}}}
        """;

    // WHEN it is read
    var buckets = read(json).buckets().asOptional().orElseThrow();

    // THEN the three answers differ, as "could not read the policy" and "no policy" lead to different diagnoses
    then(buckets.get("not-inspected").policy()).isEqualTo(Fact.unknown());
    then(buckets.get("no-policy").policy()).isEqualTo(Fact.missing());
    then(buckets.get("empty-policy").policy()).isEqualTo(Fact.known(PolicyDocument.of(Scenarios.JSON.createObjectNode())));
  }

  @Test
  void should_read_a_partly_known_organization_as_known_with_unknown_scps() {
    // GIVEN an organization with an id and no `scps`
    var bundle = read("{\"format\":\"s3-403/evidence@1\",\"accounts\":{\"111122223333\":{\"organization\":{\"id\":\"o-abc123\"}}}}");

    // WHEN its organization is looked at
    var organization = account(bundle).organization().asOptional().orElseThrow();

    // THEN the organization is known and its SCPs are not, which is not the same as none
    then(organization.id()).isEqualTo(Fact.known("o-abc123"));
    then(organization.scps()).isEqualTo(Fact.unknown());
  }

  @Test
  void should_keep_a_one_value_array_apart_from_a_string_when_reading_request_context() {
    // GIVEN a single-valued and a multivalued context key holding one value each
    var bundle = read("{\"format\":\"s3-403/evidence@1\",\"request\":{\"context\":{\"aws:SourceIp\":\"203.0.113.10\","
        + "\"aws:TagKeys\":[\"team\"]}}}");

    // WHEN the context is looked at
    Map<String, ContextValue> context = bundle.request().asOptional().orElseThrow().context().asOptional().orElseThrow();

    // THEN the string stays one value and the array stays many, as IAM's set operators tell them apart
    then(context.get("aws:SourceIp")).isEqualTo(new ContextValue.One("203.0.113.10"));
    then(context.get("aws:TagKeys")).isEqualTo(new ContextValue.Many(List.of("team")));
  }

  @Test
  void should_not_change_the_bundle_when_a_caller_changes_a_policy_document_it_was_given() {
    // GIVEN a bucket whose policy document was read
    var bundle = read("{\"format\":\"s3-403/evidence@1\",\"buckets\":{\"acme-reports\":{\"policy\":{\"Version\":\"2012-10-17\"}}}}");
    var document = bucket(bundle).policy().asOptional().orElseThrow();

    // WHEN a caller changes the JSON it got from the document
    document.json().put("Version", "2008-10-17");

    // THEN the bundle still holds what was read
    then(bucket(bundle).policy().asOptional().orElseThrow().json().get("Version").asText()).isEqualTo("2012-10-17");
  }
}
