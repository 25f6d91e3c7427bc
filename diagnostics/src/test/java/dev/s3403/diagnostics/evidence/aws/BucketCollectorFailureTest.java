package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BucketCollectorFailureTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Target TARGET = new Target("acme-reports", null, null, null);

  @Test
  void should_list_the_policy_as_unavailable_and_fill_the_rest_when_the_collector_is_denied_the_policy() throws Exception {
    // GIVEN S3 answering every read except the policy, which it refuses the collector
    S3Fake.stubBucket(wm, "acme-reports");
    wm.stubFor(S3Fake.bucketGet("acme-reports", "policy").willReturn(S3Fake.accessDenied()));

    // WHEN the bucket is collected
    var draft = collect();

    // THEN the policy is unknown with the reason, and every other member is filled
    then(draft.get("/unavailable")).isEqualTo(Draft.json().readTree("""
        [{"what": "/buckets/acme-reports/policy", "reason": "AccessDenied on s3:GetBucketPolicy"}]"""));
    then(draft.get("/buckets/acme-reports/policy")).isNull();
    then(draft.get("/buckets/acme-reports").properties()).extracting(Map.Entry::getKey).containsExactly("region", "exists",
        "blockPublicAccess", "objectOwnership", "acl", "encryption", "requesterPays", "versioning", "objectLock", "website");
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_fill_the_policy_when_s3_slows_the_collector_down_twice_and_then_answers() throws Exception {
    // GIVEN S3 answering every read, the policy only at the third attempt
    S3Fake.stubBucket(wm, "acme-reports");
    wm.stubFor(S3Fake.bucketGet("acme-reports", "policy").inScenario("throttled").whenScenarioStateIs(STARTED)
        .willReturn(S3Fake.slowDown()).willSetStateTo("once"));
    wm.stubFor(S3Fake.bucketGet("acme-reports", "policy").inScenario("throttled").whenScenarioStateIs("once")
        .willReturn(S3Fake.slowDown()).willSetStateTo("twice"));

    // WHEN the bucket is collected
    var draft = collect();

    // THEN the retries got the policy, and nothing is unavailable
    then(draft.get("/buckets/acme-reports/policy")).isEqualTo(Draft.json().readTree(S3Bodies.POLICY));
    then(draft.get("/unavailable")).isNull();
  }

  @Test
  void should_list_the_policy_as_throttled_when_s3_keeps_slowing_the_collector_down() throws Exception {
    // GIVEN S3 answering every read, except SlowDown for the policy however often it is asked
    S3Fake.stubBucket(wm, "acme-reports");
    wm.stubFor(S3Fake.bucketGet("acme-reports", "policy").willReturn(S3Fake.slowDown()));

    // WHEN the bucket is collected
    var draft = collect();

    // THEN the policy is unavailable as throttled, the others are filled
    then(draft.get("/unavailable")).isEqualTo(Draft.json().readTree("""
        [{"what": "/buckets/acme-reports/policy", "reason": "throttled on s3:GetBucketPolicy (after retries)"}]"""));
    then(draft.get("/buckets/acme-reports/versioning").asText()).isEqualTo("Enabled");
  }

  @Test
  void should_list_slow_reads_as_timed_out_and_wait_for_them_together_when_s3_does_not_answer_in_time() throws Exception {
    // GIVEN S3 answering every read, four of them only after longer than a call may take
    S3Fake.stubBucket(wm, "acme-reports");
    List<String> slow = List.of("policy", "acl", "encryption", "website");
    for (String subresource : slow) {
      wm.stubFor(S3Fake.bucketGet("acme-reports", subresource).willReturn(S3Fake.ok("<late/>").withFixedDelay(2_500)));
    }

    // WHEN the bucket is collected
    long start = System.nanoTime();
    var draft = collect();
    var took = Duration.ofNanos(System.nanoTime() - start);

    // THEN each slow read is unavailable as timed out, and they timed out side by side, not one after another
    then(draft.get("/unavailable").findValuesAsText("reason")).containsExactly("timed out on s3:GetBucketPolicy",
        "timed out on s3:GetBucketAcl", "timed out on s3:GetEncryptionConfiguration", "timed out on s3:GetBucketWebsite");
    then(draft.get("/buckets/acme-reports/versioning").asText()).isEqualTo("Enabled");
    var oneSlowRead = AwsFake.CALL_TIMEOUT.multipliedBy(3);   // three attempts; four in a row would take 4 times that
    then(took).isLessThan(oneSlowRead.multipliedBy(2));
  }

  private static Draft collect() throws Exception {
    var draft = AwsFake.draft();
    try (var aws = AwsFake.context(wm)) {
      new BucketCollector().collect(aws, TARGET, draft);
    }
    return draft;
  }
}
