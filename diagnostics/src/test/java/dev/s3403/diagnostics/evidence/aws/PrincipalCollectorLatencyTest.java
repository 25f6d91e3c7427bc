package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.PrincipalCollectorRoleTest.ROLE;
import static dev.s3403.diagnostics.evidence.aws.PrincipalCollectorRoleTest.appRole;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PrincipalCollectorLatencyTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final int LATENCY_MS = 300;

  @Test
  void should_cost_about_four_call_latencies_not_their_sum_when_a_role_has_several_policies() throws Exception {
    // GIVEN a role whose reading takes ten calls (two attached policies, an inline one, a boundary), each 300 ms
    appRole(wm, "/").attached("Role", "app", PrincipalCollectorRoleTest.APP_S3, PrincipalCollectorRoleTest.BOUNDARY);
    wm.setGlobalFixedDelay(LATENCY_MS);
    Draft draft = AwsFake.draft();

    // WHEN the principal collector reads it (the second time: the first loads the SDK's classes)
    Duration took;
    try (var aws = AwsFake.context(wm.baseUrl(), Duration.ofSeconds(5))) {
      Target target = new Target("acme-reports", "2024/q1.csv", ROLE, "GetObject");
      new PrincipalCollector().collect(aws, target, AwsFake.draft());
      wm.resetRequests();
      long start = System.nanoTime();
      new PrincipalCollector().collect(aws, target, draft);
      took = Duration.ofNanos(System.nanoTime() - start);
    }

    // THEN the chains ran side by side: GetRole, the lists, GetPolicy, GetPolicyVersion (1.2 s), far below the 3 s
    // of ten calls one after the other
    then(draft.get("/principals/" + Draft.segment(ROLE) + "/identityPolicies")).hasSize(3);
    then(wm.getAllServeEvents()).hasSize(10);
    then(took).isLessThan(Duration.ofMillis(7 * LATENCY_MS));
  }
}
