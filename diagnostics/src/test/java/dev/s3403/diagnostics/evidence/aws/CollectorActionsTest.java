package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link Collector#actions()} is the least-privilege policy's source: every action a collector sends must be in it,
 * and each one in it must be sent in some situation (else the policy grants more than the collector uses).
 */
class CollectorActionsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final Set<String> sentOverall = new TreeSet<>();

  @Test
  void should_send_exactly_its_declared_actions_when_the_principal_collector_reads_a_role_a_user_and_a_missing_role()
      throws Exception {
    // GIVEN the principal collector and three situations between them needing every call it can make
    var collector = new PrincipalCollector();

    // WHEN it reads a role, a user in a group, and a role IAM does not have
    run(collector, "arn:aws:iam::111122223333:role/app", () -> PrincipalCollectorRoleTest.appRole(wm, "/"));
    run(collector, PrincipalCollectorUserTest.ALICE, () -> PrincipalCollectorUserTest.alice(wm));
    run(collector, "arn:aws:iam::111122223333:role/gone", () -> {
      wm.stubFor(IamWire.action("GetRole").willReturn(IamWire.noSuchEntity("The role with name gone cannot be found.")));
      new FakeIam(wm).caller("111122223333");
    });

    // THEN (each run's actions were checked against its declaration) every declared action was sent
    then(sentOverall).isEqualTo(new TreeSet<>(collector.actions()));
  }

  @Test
  void should_send_exactly_its_declared_action_when_the_caller_collector_runs() throws Exception {
    // GIVEN the caller collector
    var collector = new CallerCollector();

    // WHEN it asks STS who it is
    run(collector, null, () -> new FakeIam(wm).caller("111122223333"));

    // THEN GetCallerIdentity is all it sent and all it declares
    then(sentOverall).isEqualTo(new TreeSet<>(collector.actions()));
  }

  @Test
  void should_send_exactly_its_declared_action_when_the_simulator_cross_check_runs() throws Exception {
    // GIVEN the simulator cross-check
    var collector = new SimulatorCrossCheck();

    // WHEN it asks AWS about a session's role
    run(collector, SimulatorCrossCheckTest.SESSION, () -> SimulatorCrossCheckTest.simulatorAnswers(wm, "s3:GetObject", "allowed"));

    // THEN SimulatePrincipalPolicy is all it sent and all it declares
    then(sentOverall).isEqualTo(new TreeSet<>(collector.actions()));
  }

  private void run(Collector collector, String principal, Runnable stubs) throws InterruptedException {
    wm.resetAll();
    stubs.run();
    Draft draft = AwsFake.draft();
    try (var aws = AwsFake.context(wm)) {
      collector.collect(aws, new Target("acme-reports", "2024/q1.csv", principal, "GetObject"), draft);
    }
    Set<String> sent = IamWire.actionsSent(wm);
    then(sent).as("actions sent by %s for %s", collector.name(), principal).isSubsetOf(collector.actions());
    then(draft.calledActions()).as("actions the draft audited").isEqualTo(sent);
    sentOverall.addAll(sent);
  }
}
