package dev.s3403.diagnostics.diagnosis;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.actions.RequiredAction;
import dev.s3403.diagnostics.actions.When;
import dev.s3403.diagnostics.diagnosis.SimulatorAgreement.AwsResult;
import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.eval.TypeOutcome;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorAgreementTest {
  static final String OBJECT = "arn:aws:s3:::acme-reports/2024/q1.csv";
  static final TypeOutcome ALLOWED = new TypeOutcome.Allowed(List.of(), List.of());
  static final TypeOutcome IMPLICIT = new TypeOutcome.ImplicitlyDenied(List.of());
  static final TypeOutcome EXPLICIT = new TypeOutcome.ExplicitlyDenied(List.of(), List.of());

  @Test
  void should_agree_when_both_allow_on_the_identity_policies() {
    // GIVEN AWS and the engine both allowing GetObject by the role's identity policy
    var aws = List.of(aws("s3:GetObject", "allowed", false));
    var ours = List.of(outcome("s3:GetObject", true, Map.of(PolicyType.IDENTITY, ALLOWED), List.of()));

    // WHEN they are compared
    String answer = SimulatorAgreement.compare(aws, ours);

    // THEN they agree
    then(answer).isEqualTo("agrees");
  }

  @Test
  void should_name_the_action_and_both_decisions_when_they_differ() {
    // GIVEN AWS denying implicitly what the engine allows
    var aws = List.of(aws("s3:GetObject", "implicitDeny", false));
    var ours = List.of(outcome("s3:GetObject", true, Map.of(PolicyType.IDENTITY, ALLOWED), List.of()));

    // WHEN they are compared
    String answer = SimulatorAgreement.compare(aws, ours);

    // THEN the difference says which action and who said what
    then(answer).isEqualTo("differs on s3:GetObject (AWS: implicitDeny, ours: allowed)");
  }

  @Test
  void should_report_an_explicit_deny_of_the_boundary_as_ours_when_aws_allows() {
    // GIVEN an identity policy that allows and a permissions boundary that denies, in the engine's view
    var aws = List.of(aws("s3:PutObject", "allowed", false));
    var ours = List.of(outcome("s3:PutObject", true,
        Map.of(PolicyType.IDENTITY, ALLOWED, PolicyType.PERMISSION_BOUNDARY, EXPLICIT), List.of()));

    // WHEN they are compared
    String answer = SimulatorAgreement.compare(aws, ours);

    // THEN ours is the explicit deny
    then(answer).isEqualTo("differs on s3:PutObject (AWS: allowed, ours: explicitDeny)");
  }

  @Test
  void should_leave_the_bucket_policys_allow_out_when_aws_did_not_weigh_it() {
    // GIVEN the engine allowing by the bucket policy only, and AWS asked without the bucket policy (a role)
    var aws = List.of(aws("s3:GetObject", "implicitDeny", false));
    var ours = List.of(outcome("s3:GetObject", true,
        Map.of(PolicyType.IDENTITY, IMPLICIT, PolicyType.RESOURCE, ALLOWED), List.of()));

    // WHEN they are compared
    String answer = SimulatorAgreement.compare(aws, ours);

    // THEN on the identity side alone both deny implicitly
    then(answer).isEqualTo("agrees");
  }

  @Test
  void should_let_the_bucket_policy_grant_in_one_account_when_aws_weighed_it() {
    // GIVEN a user in the bucket's account allowed by the bucket policy only, and AWS given that policy
    var aws = List.of(aws("s3:GetObject", "allowed", true));
    var ours = List.of(outcome("s3:GetObject", true,
        Map.of(PolicyType.IDENTITY, IMPLICIT, PolicyType.RESOURCE, ALLOWED), List.of()));

    // WHEN they are compared
    String answer = SimulatorAgreement.compare(aws, ours);

    // THEN both allow
    then(answer).isEqualTo("agrees");
  }

  @Test
  void should_need_both_sides_to_allow_across_accounts_when_aws_weighed_the_bucket_policy() {
    // GIVEN a user of another account allowed by her identity policy, not by the bucket policy
    var aws = List.of(aws("s3:GetObject", "allowed", true));
    var ours = List.of(outcome("s3:GetObject", false,
        Map.of(PolicyType.IDENTITY, ALLOWED, PolicyType.RESOURCE, IMPLICIT), List.of()));

    // WHEN they are compared
    String answer = SimulatorAgreement.compare(aws, ours);

    // THEN the engine denies implicitly, which AWS did not
    then(answer).isEqualTo("differs on s3:GetObject (AWS: allowed, ours: implicitDeny)");
  }

  @Test
  void should_name_the_evidence_ours_lacked_when_they_differ() {
    // GIVEN an engine that allowed without knowing the account's SCPs, and AWS, which knows them, denying
    var aws = List.of(aws("s3:GetObject", "implicitDeny", false));
    var ours = List.of(outcome("s3:GetObject", true, Map.of(PolicyType.IDENTITY, ALLOWED),
        List.of("/accounts/111122223333/organization", "/request/sessionPolicy")));

    // WHEN they are compared
    String answer = SimulatorAgreement.compare(aws, ours);

    // THEN the difference names the missing SCP evidence, not the session policy the simulator does not weigh
    then(answer).isEqualTo(
        "differs on s3:GetObject (AWS: implicitDeny, ours: allowed without `/accounts/111122223333/organization`)");
  }

  @Test
  void should_have_nothing_to_compare_when_the_engines_answer_is_unknown_or_absent() {
    // GIVEN an action the engine could not decide, and one it did not evaluate at all
    var aws = List.of(aws("s3:GetObject", "allowed", false), aws("s3:GetObjectAttributes", "allowed", false));
    var ours = List.of(outcome("s3:GetObject", true,
        Map.of(PolicyType.IDENTITY, new TypeOutcome.Unknown("operator `StringLikeMaybe` is not evaluated", List.of())), List.of()));

    // WHEN they are compared
    String answer = SimulatorAgreement.compare(aws, ours);

    // THEN there is no pair to compare
    then(answer).isEqualTo("nothing to compare");
  }

  @Test
  void should_read_the_simulators_answers_when_a_bundle_has_them() throws Exception {
    // GIVEN a bundle as the simulator cross-check writes it
    var bundle = new ObjectMapper().readTree("""
        {"format": "s3-403/evidence@1", "awsSimulator": {"results": [
          {"action": "s3:GetObject", "resource": "%s", "decision": "explicitDeny", "withBucketPolicy": true}]}}"""
        .formatted(OBJECT));

    // WHEN its answers are read
    var results = SimulatorAgreement.read(bundle);

    // THEN each keeps its action, resource, decision and whether the bucket policy was weighed
    then(results).containsExactly(new AwsResult("s3:GetObject", OBJECT, "explicitDeny", true));
  }

  private static AwsResult aws(String action, String decision, boolean withBucketPolicy) {
    return new AwsResult(action, OBJECT, decision, withBucketPolicy);
  }

  private static Outcome outcome(String action, boolean sameAccount, Map<PolicyType, TypeOutcome> perType,
      List<String> unknown) {
    var decision = new Decision(Decision.Verdict.UNKNOWN, perType, List.of(), List.of(), sameAccount);
    return new Outcome(new RequiredAction(action, OBJECT, When.ALWAYS), decision, unknown, List.of());
  }
}
