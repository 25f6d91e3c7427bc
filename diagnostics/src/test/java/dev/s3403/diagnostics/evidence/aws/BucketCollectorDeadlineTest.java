package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BucketCollectorDeadlineTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void should_stop_at_once_and_still_audit_the_calls_when_the_collection_interrupts_it() throws Exception {
    // GIVEN S3 answering every bucket read, each just under the call timeout, and a collector waiting for all ten
    for (var subresource : S3Bodies.bucket().keySet()) {
      wm.stubFor(S3Fake.bucketGet("acme-reports", subresource).willReturn(S3Fake.ok("<late/>").withFixedDelay(1_800)));
    }
    var draft = AwsFake.draft();
    var collector = new BucketCollector();
    var outcome = new CompletableFuture<Duration>();
    try (var aws = AwsFake.context(wm)) {
      var thread = Thread.ofVirtual().start(() -> {
        try {
          collector.collect(aws, new Target("acme-reports", null, null, null), draft);
          outcome.complete(null);
        } catch (InterruptedException e) {
          outcome.complete(Duration.ofNanos(System.nanoTime()));
        }
      });
      while (wm.getAllServeEvents().size() < collector.actions().size()) Thread.sleep(10);   // all ten asked

      // WHEN the collection's deadline interrupts it
      long interruptedAt = System.nanoTime();
      thread.interrupt();
      var stoppedAt = outcome.get();

      // THEN it gave up well before S3 would have answered, wrote no member, and the calls made are audited
      then(stoppedAt).as("collect() gave up on the interrupt").isNotNull();
      then(stoppedAt.minusNanos(interruptedAt)).isLessThan(Duration.ofMillis(1_000));
      then(draft.get("/buckets")).isNull();
      then(draft.calledActions()).containsExactlyInAnyOrderElementsOf(collector.actions());
    }
  }
}
