package dev.s3403.prompts.plain;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shapes of the plain explanation: each certainty, the situations without a cause, and odd diagnoses. */
class PlainPhrasingTest {

  @Test
  void should_name_the_statement_and_its_policy_when_a_bucket_policy_denies() {
    // GIVEN p004: a bucket-policy Deny outside the VPC endpoint
    Diagnosis d = PublicScenarios.diagnose("p004");
    // WHEN
    String explanation = PlainPhrasing.explain(d);
    // THEN
    then(explanation).startsWith("The evidence confirms why the `PutObject` request was denied: a Deny admits only")
        .contains("Statement `DenyAccessOutsideVpce` of the bucket policy of `bluefin-customs-filings`", "`aws:SourceVpce`",
            "An administrator of the bucket owner's account 123456789012 can fix it: correct the ids");
  }

  @Test
  void should_name_other_confirmed_causes_but_not_those_that_restate_the_top_one() {
    // GIVEN p004: the same statement is also a bucket-policy Deny, and the role may not write at all
    Diagnosis d = PublicScenarios.diagnose("p004");
    // WHEN
    String explanation = PlainPhrasing.explain(d);
    // THEN
    then(explanation).contains("The evidence also shows that no identity-based policy of the caller allows the action")
        .doesNotContain("the bucket policy explicitly denies the request");
  }

  @Test
  void should_say_why_it_failed_although_the_policies_allow_it_when_the_bucket_is_requester_pays() {
    // GIVEN p009: every policy allows the HEAD, the bucket is Requester Pays
    Diagnosis d = PublicScenarios.diagnose("p009");
    // WHEN
    String explanation = PlainPhrasing.explain(d);
    // THEN
    then(explanation).startsWith("The policies in the evidence allow the `HeadObject` request, so it was denied for another reason")
        .contains("You can fix this yourself: add the payer flag to every request");
  }

  @Test
  void should_leave_out_the_commands_of_the_fix_when_it_has_some() {
    // GIVEN p003: the fix's summary carries `unset …` and `aws sso login --profile <profile>`
    Diagnosis d = PublicScenarios.diagnose("p003");
    // WHEN
    String explanation = PlainPhrasing.explain(d);
    // THEN
    then(explanation).contains("You can fix this yourself: make the runtime use the intended identity.")
        .doesNotContain("unset", "aws sso", "--profile", "<profile>");
  }

  @Test
  void should_say_most_likely_and_name_the_alternatives_when_only_the_message_speaks() {
    // GIVEN a bare Access Denied for a GetObject
    Diagnosis d = Diagnoses.of(Diagnoses.BARE_GET);
    // WHEN
    String explanation = PlainPhrasing.explain(d);
    // THEN
    then(explanation).startsWith("The message says only \"Access Denied\", which fits several causes.")
        .contains("The `GetObject` request was most likely denied because the object does not exist", "it could also be that",
            "If so, you can fix this yourself", "would settle it");
  }

  @Test
  void should_say_possibly_and_whom_the_first_cause_needs_when_the_top_cause_is_only_possible() {
    // GIVEN the bare GetObject denial with every cause merely possible
    Diagnosis bare = Diagnoses.of(Diagnoses.BARE_GET);
    List<Cause> possible = bare.causes().stream().map(c -> Diagnoses.withStatus(c, Status.POSSIBLE)).toList();
    // WHEN
    String explanation = PlainPhrasing.explain(Diagnoses.withCauses(bare, possible));
    // THEN
    then(explanation).contains("was possibly denied because", "it could also be that", "If it is the first, you can fix this yourself");
  }

  @Test
  void should_ask_the_next_question_when_nothing_points_at_a_cause() {
    // GIVEN an access denial without causes, with p019's questions open
    Diagnosis bare = Diagnoses.withCauses(Diagnoses.of(Diagnoses.BARE_GET), List.of());
    Diagnosis d = Diagnoses.withQuestions(bare, PublicScenarios.diagnose("p019").questions());
    // WHEN
    String explanation = PlainPhrasing.explain(d);
    // THEN
    then(explanation).isEqualTo("Nothing in the error message or the evidence points at a cause yet. "
        + "To narrow it down: How was the request made?");
  }

  @Test
  void should_say_there_is_nothing_to_diagnose_when_the_text_is_no_access_denial() {
    // GIVEN
    Diagnosis d = Diagnoses.of("hello world");
    // WHEN
    String explanation = PlainPhrasing.explain(d);
    String reply = PlainPhrasing.customerReply(d);
    // THEN
    then(explanation).startsWith("This text does not look like an access denial");
    then(reply).contains("It doesn't look like an access error from Amazon S3", "complete error message");
  }

  @Test
  void should_cut_the_other_causes_short_when_the_explanation_runs_long() {
    // GIVEN p004 with a top cause whose detail runs to 400 characters
    Diagnosis p004 = PublicScenarios.diagnose("p004");
    List<Cause> causes = new ArrayList<>(p004.causes());
    causes.set(0, Diagnoses.withDetail(causes.getFirst(), "statement `DenyAccessOutsideVpce` " + "denies it again and again, ".repeat(14)));
    // WHEN
    String explanation = PlainPhrasing.explain(Diagnoses.withCauses(p004, causes));
    // THEN
    then(explanation).contains("One more cause is confirmed as well.").doesNotContain("if an exception for this request is intended");
  }

  static Stream<Arguments> oddDiagnoses() {
    Diagnosis bare = Diagnoses.of(Diagnoses.BARE_GET);
    return Stream.of(
        Arguments.of("no causes, no request, nothing parsed", Diagnoses.empty(List.of())),
        Arguments.of("a cause with an empty title and detail, and no fix",
            Diagnoses.empty(List.of(Diagnoses.cause("", Status.CONFIRMED, "", Owner.BUCKET_OWNER, null)))),
        Arguments.of("a cause with a null detail and a blank fix",
            Diagnoses.undetermined(List.of(Diagnoses.cause("the thing is broken", Status.LIKELY, null, Owner.KEY_OWNER, Diagnoses.fix(" "))))),
        Arguments.of("a cause without a status",
            Diagnoses.withCauses(bare, List.of(Diagnoses.cause("the thing is broken", null, "detail", Owner.CALLER, null)))),
        Arguments.of("a fix that is nothing but a command",
            Diagnoses.withCauses(bare, List.of(Diagnoses.cause("the thing is broken", Status.CONFIRMED, "it is",
                Owner.ORGANIZATION, Diagnoses.fix("aws s3api put-bucket-policy --bucket x --policy file://p.json"))))),
        Arguments.of("a fix the evidence could not write",
            Diagnoses.withCauses(bare, List.of(Diagnoses.cause("the thing is broken", Status.CONFIRMED, "it is",
                Owner.SERVICE_CONFIGURATION, Diagnoses.fix(FixWords.NO_POLICY + "; the steps on the cause's page apply"))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddDiagnoses")
  void should_still_read_well_when_the_diagnosis_is_odd(String situation, Diagnosis d) {
    // WHEN
    String explanation = PlainPhrasing.explain(d);
    String reply = PlainPhrasing.customerReply(d);
    // THEN
    then(Reading.problems(explanation)).as(explanation).isEmpty();
    then(Reading.problems(reply)).as(reply).isEmpty();
    then(explanation).doesNotContain("aws s3api", "null");
    then(reply).doesNotContain("aws s3api", "null");
  }

  @Test
  void should_say_so_when_there_is_no_diagnosis() {
    then(PlainPhrasing.explain(null)).isEqualTo("There is no diagnosis to explain.");
    then(PlainPhrasing.customerReply(null)).isEmpty();
  }
}
