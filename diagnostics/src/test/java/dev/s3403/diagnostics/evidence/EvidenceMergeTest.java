package dev.s3403.diagnostics.evidence;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class EvidenceMergeTest {

  private static Bundle bundle(String members) {
    var result = EvidenceReader.read("{\"format\":\"s3-403/evidence@1\"," + members + "}");
    then(result.errors()).isEmpty();
    return result.bundle();
  }

  private static String written(Evidence.Merged merged) {
    return EvidenceWriter.write(merged.bundle()).toString();
  }

  @Test
  void should_fill_what_the_base_does_not_know_when_merging_a_pasted_output() {
    // GIVEN a bundle file that did not read the bucket policy, and a pasted get-bucket-policy
    var base = bundle("\"buckets\":{\"acme-reports\":{\"region\":\"us-east-1\"}}");
    var more = bundle("\"buckets\":{\"acme-reports\":{\"policy\":{\"Version\":\"2012-10-17\",\"Statement\":[]}}}");

    // WHEN they are merged
    var merged = Evidence.merge(base, more);

    // THEN the bucket has both members, and nothing disagreed
    then(written(merged)).isEqualTo("""
        {"format":"s3-403/evidence@1","buckets":{"acme-reports":{"region":"us-east-1",\
        "policy":{"Version":"2012-10-17","Statement":[]}}}}""");
    then(merged.notes()).isEmpty();
  }

  @Test
  void should_keep_the_newer_value_and_note_the_pointer_when_sources_disagree() {
    // GIVEN a bundle saying the bucket has no policy and versioning enabled, then a paste showing otherwise
    var base = bundle("\"buckets\":{\"acme/x\":{\"policy\":null,\"versioning\":\"Enabled\",\"requesterPays\":false}}");
    var more = bundle("\"buckets\":{\"acme/x\":{\"policy\":{\"Statement\":[]},\"versioning\":\"Suspended\",\"requesterPays\":false}}");

    // WHEN they are merged
    var merged = Evidence.merge(base, more);

    // THEN the newer values stand, and each disagreement is a note at its escaped pointer
    var bucket = merged.bundle().buckets().asOptional().orElseThrow().get("acme/x");
    then(bucket.versioning()).isEqualTo(Fact.known(BucketInfo.Versioning.SUSPENDED));
    then(bucket.policy().isKnown()).isTrue();
    then(merged.notes()).extracting(Note::line).containsExactly(
        "/buckets/acme~1x/policy: sources disagree: `null` before, a policy document now; the newer is kept",
        "/buckets/acme~1x/versioning: sources disagree: `Enabled` before, `Suspended` now; the newer is kept");
  }

  @Test
  void should_merge_maps_key_by_key_when_both_sources_know_different_entries() {
    // GIVEN two sources that know different buckets, and different members of one shared bucket
    var base = bundle("\"buckets\":{\"acme-reports\":{\"region\":\"us-east-1\"},\"raw-data\":{\"exists\":true}}");
    var more = bundle("\"buckets\":{\"acme-reports\":{\"requesterPays\":true},\"logs\":{\"exists\":false}}");

    // WHEN they are merged
    var merged = Evidence.merge(base, more);

    // THEN two buckets stay two buckets, and the shared one merges member by member
    then(written(merged)).isEqualTo("""
        {"format":"s3-403/evidence@1","buckets":{"acme-reports":{"region":"us-east-1","requesterPays":true},\
        "raw-data":{"exists":true},"logs":{"exists":false}}}""");
    then(merged.notes()).isEmpty();
  }

  @Test
  void should_drop_an_unavailable_entry_with_a_note_when_the_newer_source_knows_it() {
    // GIVEN a collector that was denied the bucket policy and the KMS key, then a paste of the bucket policy
    var base = bundle("""
        "unavailable":[{"what":"/buckets/acme-reports/policy","reason":"AccessDenied on s3:GetBucketPolicy"},
                       {"what":"/kmsKeys/arn:aws:kms:us-east-1:444455556666:key~11","reason":"AccessDenied on kms:DescribeKey"}]""");
    var more = bundle("\"buckets\":{\"acme-reports\":{\"policy\":null}}");

    // WHEN they are merged
    var merged = Evidence.merge(base, more);

    // THEN only what is still unknown stays unavailable, and the dropped entry is noted
    then(merged.bundle().unavailable().asOptional().orElseThrow()).extracting(Unavailable::what)
        .containsExactly("/kmsKeys/arn:aws:kms:us-east-1:444455556666:key~11");
    then(merged.notes()).extracting(Note::line).containsExactly(
        "/buckets/acme-reports/policy: no longer unavailable: the newer source knows it (was: AccessDenied on s3:GetBucketPolicy)");
  }

  @Test
  void should_take_a_list_whole_when_merging_identity_policies() {
    // GIVEN one source that saw policy A and a newer one that sees policies B and C
    String role = "\"principals\":{\"arn:aws:iam::111122223333:role/app\":{\"account\":\"111122223333\",\"identityPolicies\":[%s]}}";
    var base = bundle(role.formatted("{\"name\":\"A\"}"));
    var more = bundle(role.formatted("{\"name\":\"B\"},{\"name\":\"C\"}"));

    // WHEN they are merged
    var merged = Evidence.merge(base, more);

    // THEN the list is the newer one, not a union neither source saw, and the change is noted
    var principal = merged.bundle().principals().asOptional().orElseThrow().get("arn:aws:iam::111122223333:role/app");
    then(principal.identityPolicies().asOptional().orElseThrow()).extracting(p -> p.name().asOptional().orElseThrow())
        .containsExactly("B", "C");
    then(merged.notes()).extracting(Note::line).containsExactly(
        "/principals/arn:aws:iam::111122223333:role~1app/identityPolicies: sources disagree; the newer one is kept");
  }

  @Test
  void should_keep_a_known_value_when_the_newer_source_does_not_know_it() {
    // GIVEN a full scenario bundle and an empty paste
    var base = EvidenceReader.read(Scenarios.withBundles().getFirst().bundle()).bundle();

    // WHEN an empty bundle is merged into it, and it into an empty bundle
    var into = Evidence.merge(base, Bundle.empty());
    var onto = Evidence.merge(Bundle.empty(), base);

    // THEN both give the scenario back, with no notes
    then(into.bundle()).isEqualTo(base);
    then(onto.bundle()).isEqualTo(base);
    then(into.notes()).isEmpty();
    then(onto.notes()).isEmpty();
  }

  @Test
  void should_merge_a_partly_known_organization_member_by_member() {
    // GIVEN a describe-organization output (id only), then the SCPs listed for the account
    var base = bundle("\"accounts\":{\"111122223333\":{\"organization\":{\"id\":\"o-abc123\"}}}");
    var more = bundle("\"accounts\":{\"111122223333\":{\"organization\":{\"scps\":[]},\"canonicalId\":\"79a5\"}}");

    // WHEN they are merged
    var merged = Evidence.merge(base, more);

    // THEN the organization holds both, as neither source contradicts the other
    then(written(merged)).isEqualTo("""
        {"format":"s3-403/evidence@1","accounts":{"111122223333":{"canonicalId":"79a5",\
        "organization":{"id":"o-abc123","scps":[]}}}}""");
    then(merged.notes()).isEmpty();
  }
}
