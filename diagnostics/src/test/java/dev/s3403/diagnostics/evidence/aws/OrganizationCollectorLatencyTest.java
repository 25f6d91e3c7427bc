package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.KmsCollectorTest.json;
import static dev.s3403.diagnostics.evidence.aws.OrganizationsFake.AT;
import static dev.s3403.diagnostics.evidence.aws.OrganizationsFake.PRINCIPAL;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The calls are pipelined: the collector costs about the path's depth plus two latencies, not one per call. */
class OrganizationCollectorLatencyTest {
  private static final int LATENCY_MILLIS = 100;

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  @RegisterExtension
  static ActionAudit audit = ActionAudit.onlyDeclared(wm, new OrganizationCollector());

  @Test
  void should_take_far_less_than_the_sum_of_its_calls_when_every_answer_is_100_ms_late() throws Exception {
    // GIVEN account → OU → root, every answer 100 ms late, and clients that have loaded their classes
    OrganizationsFake.organization(wm, LATENCY_MILLIS);
    try (AwsContext aws = AwsFake.context(wm)) {
      collect(aws);
      wm.resetRequests();
      // WHEN
      long start = System.nanoTime();
      Draft draft = collect(aws);
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
      // THEN 13 calls (DescribeOrganization, 2 ListParents, 6 ListPoliciesForTarget, 4 DescribePolicy) in at most
      // depth + 2 = 4 latencies: ListParents twice, then the root's listing, then its descriptions
      int calls = wm.getAllServeEvents().size();
      then(calls).isEqualTo(13);
      then(elapsedMillis).as("%d calls of %d ms", calls, LATENCY_MILLIS).isLessThan((long) calls * LATENCY_MILLIS);
      then(draft.get(AT)).isEqualTo(json(OrganizationsFake.written()));
    }
  }

  private static Draft collect(AwsContext aws) throws InterruptedException {
    Draft draft = AwsFake.draft();
    new OrganizationCollector().collect(aws, new Target("acme-reports", null, PRINCIPAL, "GetObject"), draft);
    return draft;
  }
}
