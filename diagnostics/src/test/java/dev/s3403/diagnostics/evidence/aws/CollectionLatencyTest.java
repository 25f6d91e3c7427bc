package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A full collection with 100 ms of latency on every AWS call: it completes, and it prints how long it took beside
 * the sum of its calls' latencies (what a sequential collector would take). The figures go to docs/benchmarks.md;
 * the test checks only that the collection is complete.
 *
 * <pre>./mvnw -B -o -pl diagnostics test -Dtest=CollectionLatencyTest</pre>
 */
class CollectionLatencyTest {
  @RegisterExtension
  static WireMockExtension aws = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().containerThreads(64).jettyAcceptors(2)).build();

  private static final int LATENCY_MS = 100;

  @Test
  void should_collect_everything_with_100_ms_on_every_call_and_report_the_time() throws Exception {
    // GIVEN p006 (a bucket, an object encrypted with a KMS key, a role, an account in an organization) served by a
    // slow AWS
    JsonNode s = new ObjectMapper().readTree(Files.readString(Path.of("src/test/resources/scenarios/public/p006.json")));
    new ScenarioAws(aws, LATENCY_MS).serve(s.get("bundle"));
    JsonNode r = s.at("/bundle/request");
    Target target = new Target(r.path("bucket").asText(), r.path("key").asText(null), r.path("principal").asText(null),
        r.path("operation").asText(null));
    try (AwsContext ctx = AwsFake.context(aws.baseUrl(), Duration.ofSeconds(5))) {
      // Warm-up collections: class loading, JIT and connection set-up are not what is measured.
      for (int i = 0; i < 5; i++) LiveCollection.of(Duration.ofSeconds(30), Clock.systemUTC()).run(ctx, target, line -> { });
      aws.resetRequests();
      // WHEN collected
      long start = System.nanoTime();
      Collection.Result result = LiveCollection.of(Duration.ofSeconds(30), Clock.systemUTC()).run(ctx, target, line -> { });
      long wall = (System.nanoTime() - start) / 1_000_000;
      int calls = aws.getAllServeEvents().size();
      // THEN every part arrived (the KMS key found in the first phase was read in the second)
      then(result.late()).isEmpty();
      then(result.json().path("kmsKeys").size()).isEqualTo(1);
      then(result.json().path("principals").size()).isEqualTo(1);
      System.out.printf("collection with %d ms per call: %d calls, wall %d ms = %.1f single-call latencies; sequential sum %d ms%n",
          LATENCY_MS, calls, wall, wall / (double) LATENCY_MS, calls * LATENCY_MS);
    }
  }
}
