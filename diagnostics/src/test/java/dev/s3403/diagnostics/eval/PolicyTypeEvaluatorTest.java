package dev.s3403.diagnostics.eval;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.policy.Condition;
import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.PolicyKind;
import dev.s3403.diagnostics.policy.Statement;
import dev.s3403.diagnostics.policy.json.PolicyJsonReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTypeEvaluatorTest {

  private static final Caller USER = new Caller("arn:aws:iam::111122223333:user/alice", "111122223333", null, null);
  private static final String OBJECT = "arn:aws:s3:::reports/q1.csv";

  private static Policy identity(String name, String statements) {
    var read = PolicyJsonReader.read(name, PolicyKind.IDENTITY,
        "{\"Version\":\"2012-10-17\",\"Statement\":[%s]}".formatted(statements));
    then(read.problems()).isEmpty();
    return read.policy();
  }

  private static final String ALLOW_GET = "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
  private static final String DENY_ALL = "{\"Sid\":\"Stop\",\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}";
  private static final String ALLOW_LIST = "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"*\"}";

  @Test
  void denyInAnotherPolicyOfTheSameTypeWinsOverAnAllow() {
    // GIVEN two identity policies: one allows the read, the other denies all of S3
    var policies = List.of(identity("reader", ALLOW_GET), identity("guardrail", DENY_ALL));

    // WHEN the read is evaluated
    var outcome = PolicyTypeEvaluator.evaluate(policies, USER, "s3:GetObject", OBJECT, RequestContext.empty());

    // THEN the type denies explicitly, naming the deny, and the trace holds both statements in order
    then(outcome).isInstanceOf(TypeOutcome.ExplicitlyDenied.class);
    then(((TypeOutcome.ExplicitlyDenied) outcome).denies()).extracting(s -> s.ref().sid()).containsExactly("Stop");
    then(outcome.trace()).extracting(m -> m.statement().ref().sid()).containsExactly("Read", "Stop");
  }

  @Test
  void applyingAllowAllowsAndIsNamed() {
    // GIVEN a policy with a listing allow and a read allow
    var policies = List.of(identity("reader", ALLOW_LIST + "," + ALLOW_GET));

    // WHEN the read is evaluated
    var outcome = PolicyTypeEvaluator.evaluate(policies, USER, "s3:GetObject", OBJECT, RequestContext.empty());

    // THEN it is allowed by the read statement only
    then(outcome).isInstanceOf(TypeOutcome.Allowed.class);
    then(((TypeOutcome.Allowed) outcome).allows()).extracting(s -> s.ref().sid()).containsExactly("Read");
  }

  @Test
  void noApplyingStatementDeniesImplicitlyWithTheReasonInTheTrace() {
    // GIVEN a policy that allows listing only
    var policies = List.of(identity("lister", ALLOW_LIST));

    // WHEN the read is evaluated
    var outcome = PolicyTypeEvaluator.evaluate(policies, USER, "s3:GetObject", OBJECT, RequestContext.empty());

    // THEN the type denies implicitly and the trace says the action did not match
    then(outcome).isInstanceOf(TypeOutcome.ImplicitlyDenied.class);
    then(outcome.trace().getFirst()).isInstanceOf(StatementMatch.ActionMismatch.class);
  }

  @Test
  void noPoliciesDenyImplicitly() {
    // GIVEN no policies of the type
    // WHEN the read is evaluated
    var outcome = PolicyTypeEvaluator.evaluate(List.of(), USER, "s3:GetObject", OBJECT, RequestContext.empty());

    // THEN the type denies implicitly with an empty trace
    then(outcome).isInstanceOf(TypeOutcome.ImplicitlyDenied.class);
    then(outcome.trace()).isEmpty();
  }

  @Test
  void unknownAllowIsNotGuessedButAKnownDenyStillDecides() {
    // GIVEN an allow whose condition uses an operator the engine does not evaluate (built by hand: the reader
    // reports such operators as problems and drops them)
    var reader = identity("reader", ALLOW_GET);
    var read = reader.statements().getFirst();
    var odd = new Condition("StringMatchesRegex", Condition.SetQualifier.SINGLE, false, "aws:username", "aws:username",
        List.of("a.*"));
    var guessed = new Policy("odd", PolicyKind.IDENTITY, "2012-10-17", List.of(
        new Statement(read.ref(), read.effect(), null, read.actions(), read.resources(),
            List.of(odd))));

    // WHEN the read is evaluated with that policy alone, and beside a deny
    var alone = PolicyTypeEvaluator.evaluate(List.of(guessed), USER, "s3:GetObject", OBJECT, RequestContext.empty());
    var withDeny = PolicyTypeEvaluator.evaluate(List.of(guessed, identity("guardrail", DENY_ALL)), USER,
        "s3:GetObject", OBJECT, RequestContext.empty());

    // THEN alone the outcome is unknown and says why; with the deny it is an explicit deny
    then(alone).isInstanceOf(TypeOutcome.Unknown.class);
    then(((TypeOutcome.Unknown) alone).why()).isEqualTo("condition operator `StringMatchesRegex` is not supported");
    then(withDeny).isInstanceOf(TypeOutcome.ExplicitlyDenied.class);
  }
}
