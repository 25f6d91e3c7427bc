package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.s3403.diagnostics.evidence.aws.IamWire.action;
import static dev.s3403.diagnostics.evidence.aws.IamWire.form;
import static dev.s3403.diagnostics.evidence.aws.PrincipalCollectorRoleTest.json;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimulatorCrossCheckTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String SESSION = "arn:aws:sts::111122223333:assumed-role/app/i-0abc";
  static final String ROLE_WITH_PATH = "arn:aws:iam::111122223333:role/service/app";
  static final String OBJECT = "arn:aws:s3:::acme-reports/2024/q1.csv";
  static final String BUCKET_POLICY = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::acme-reports/*"}]}""";

  /** AWS's answer: one EvaluationResult per action, on the object. */
  static void simulatorAnswers(WireMockExtension wm, String... actionsAndDecisions) {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < actionsAndDecisions.length; i += 2) {
      members.append("""
          <member><EvalResourceName>%s</EvalResourceName><EvalActionName>%s</EvalActionName><EvalDecision>%s</EvalDecision>\
          <MatchedStatements/><MissingContextValues/></member>""".formatted(OBJECT, actionsAndDecisions[i], actionsAndDecisions[i + 1]));
    }
    wm.stubFor(action("SimulatePrincipalPolicy").willReturn(IamWire.iam("SimulatePrincipalPolicy",
        "<IsTruncated>false</IsTruncated><EvaluationResults>" + members + "</EvaluationResults>")));
  }

  @Test
  void should_simulate_the_operations_actions_for_the_role_as_the_first_phase_keyed_it_when_the_principal_is_a_session()
      throws Exception {
    // GIVEN a first phase that found the session's role under a path, and AWS's answers for GetObjectAttributes
    Draft draft = AwsFake.draft();
    draft.put("/principals/" + Draft.segment(ROLE_WITH_PATH), json("{\"type\": \"role\"}"));
    draft.put("/buckets/acme-reports/policy", json(BUCKET_POLICY));
    simulatorAnswers(wm, "s3:GetObject", "allowed", "s3:GetObjectAttributes", "implicitDeny");

    // WHEN the simulator cross-check runs
    collect(new Target("acme-reports", "2024/q1.csv", SESSION, "GetObjectAttributes"), draft);

    // THEN AWS was asked about both actions on the object for the role, without the bucket policy (a role needs
    // an IAM user as the caller for that), and its answers are kept as it gave them
    LoggedRequest sent = onlySimulation();
    then(form(sent, "PolicySourceArn")).containsExactly(ROLE_WITH_PATH);
    then(form(sent, "ActionNames")).containsExactly("s3:GetObject", "s3:GetObjectAttributes");
    then(sent.getBodyAsString()).contains("ActionNames.member.1=s3%3AGetObject", "ActionNames.member.2=s3%3AGetObjectAttributes");
    then(form(sent, "ResourceArns")).containsExactly(OBJECT);
    then(form(sent, "ResourcePolicy")).isEmpty();
    then(draft.get("/awsSimulator")).isEqualTo(json("""
        {"results": [
          {"action": "s3:GetObject", "resource": "%1$s", "decision": "allowed", "withBucketPolicy": false},
          {"action": "s3:GetObjectAttributes", "resource": "%1$s", "decision": "implicitDeny", "withBucketPolicy": false}]}"""
        .formatted(OBJECT)));
    then(EvidenceReader.read(draft.snapshot()).errors()).isEmpty();
  }

  @Test
  void should_give_aws_the_bucket_policy_and_its_owner_when_the_principal_is_a_user() throws Exception {
    // GIVEN a user, and a first phase that read the bucket's policy and account
    Draft draft = AwsFake.draft();
    draft.put("/buckets/acme-reports/policy", json(BUCKET_POLICY));
    draft.put("/buckets/acme-reports/account", json("\"444455556666\""));
    simulatorAnswers(wm, "s3:GetObject", "explicitDeny");

    // WHEN the simulator cross-check runs for an operation nobody named
    collect(new Target("acme-reports", "2024/q1.csv", "arn:aws:iam::111122223333:user/alice", null), draft);

    // THEN AWS weighed GetObject with the bucket policy, in the bucket owner's account
    LoggedRequest sent = onlySimulation();
    then(form(sent, "ActionNames")).containsExactly("s3:GetObject");
    then(json(form(sent, "ResourcePolicy").getFirst())).isEqualTo(json(BUCKET_POLICY));
    then(form(sent, "ResourceOwner")).containsExactly("arn:aws:iam::444455556666:root");
    then(draft.get("/awsSimulator/results/0")).isEqualTo(json("""
        {"action": "s3:GetObject", "resource": "%s", "decision": "explicitDeny", "withBucketPolicy": true}""".formatted(OBJECT)));
  }

  @Test
  void should_not_ask_aws_when_the_principal_is_known_not_to_exist() throws Exception {
    // GIVEN a first phase that found no such role
    Draft draft = AwsFake.draft();
    draft.none("/principals/" + Draft.segment("arn:aws:iam::111122223333:role/app"));

    // WHEN the simulator cross-check runs
    collect(new Target("acme-reports", "2024/q1.csv", SESSION, "GetObject"), draft);

    // THEN there was nothing to simulate
    then(wm.getAllServeEvents()).isEmpty();
    then(draft.get("/awsSimulator")).isNull();
  }

  @Test
  void should_report_the_simulation_unavailable_when_the_collector_may_not_simulate() throws Exception {
    // GIVEN a collector refused SimulatePrincipalPolicy
    Draft draft = AwsFake.draft();
    wm.stubFor(action("SimulatePrincipalPolicy").willReturn(IamWire.accessDenied("iam:SimulatePrincipalPolicy")));

    // WHEN the simulator cross-check runs
    collect(new Target("acme-reports", "2024/q1.csv", SESSION, "GetObject"), draft);

    // THEN the reason is kept and no answer is claimed
    then(draft.get("/awsSimulator")).isNull();
    then(draft.get("/unavailable")).isEqualTo(json("""
        [{"what": "/awsSimulator", "reason": "AccessDenied on iam:SimulatePrincipalPolicy"}]"""));
  }

  private static void collect(Target target, Draft draft) throws InterruptedException {
    try (var aws = AwsFake.context(wm)) {
      new SimulatorCrossCheck().collect(aws, target, draft);
    }
  }

  private static LoggedRequest onlySimulation() {
    var sent = wm.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=SimulatePrincipalPolicy&")));
    then(sent).hasSize(1);
    return sent.getFirst();
  }
}
