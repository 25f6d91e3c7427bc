package dev.s3403.bot.conversation;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.prompts.Phraser;
import dev.s3403.prompts.Phrasing;
import dev.s3403.prompts.PhrasingMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A conversation driven through the engine: a pasted error, then evidence, new errors, questions and noise. */
class ConversationEngineTest {
  /** p004's upload again, read instead of written: the same caller, bucket and key. */
  private static final String P004_GET = "An error occurred (AccessDenied) when calling the GetObject operation: User: "
      + "arn:aws:sts::123456789012:assumed-role/customs-analyst/marta.lopez is not authorized to perform: s3:GetObject "
      + "on resource: \"arn:aws:s3:::bluefin-customs-filings/2026/11/22/CUS-88120.xml\" with an explicit deny in a "
      + "resource-based policy";

  private final ConversationEngine engine = new ConversationEngine(Phraser.plainOnly(new PhrasingMetrics()));

  @Test
  void should_diagnose_the_pasted_error_from_the_text_alone_when_the_conversation_starts() {
    // GIVEN p004: a laptop upload meets a bucket Deny outside the VPC endpoint
    String error = Scenarios.error("p004");
    // WHEN
    Turn turn = engine.start(error);
    // THEN
    Conversation c = turn.conversation();
    then(turn.input()).isEqualTo(new Input.NewError());
    then(c.errorText()).isEqualTo(error);
    then(c.inputs()).containsExactly(error);
    then(c.evidence().buckets().isKnown()).isFalse();
    then(c.diagnosis().top().info().id()).isEqualTo("bucket-policy-explicit-deny");
    then(turn.changes().topBefore()).isNull();
    then(turn.changes().topAfter()).isEqualTo("bucket-policy-explicit-deny");
    then(turn.phrasing().text()).isNotBlank();
  }

  @Test
  void should_confirm_the_perimeter_cause_when_the_bucket_policy_is_pasted() {
    // GIVEN p004's error alone, then what `aws s3api get-bucket-policy` prints for its bucket
    Conversation c = engine.start(Scenarios.error("p004")).conversation();
    String output = Scenarios.bucketPolicyOutput("p004");
    // WHEN
    Turn turn = engine.reply(c, output);
    // THEN the statement DenyAccessOutsideVpce proves the network perimeter is the cause
    then(turn.input()).isInstanceOfSatisfying(Input.Evidence.class, e -> {
      then(e.what()).isEqualTo("aws s3api get-bucket-policy output");
      then(e.notes()).anyMatch(n -> n.contains("`bluefin-customs-filings` taken from the conversation"));
    });
    Changes changes = turn.changes();
    then(changes.topBefore()).isEqualTo("bucket-policy-explicit-deny");
    then(changes.topAfter()).isEqualTo("perimeter-network-deny");
    then(changes.decisionBefore()).isEqualTo("Undetermined");
    then(changes.decisionAfter()).isEqualTo("ExplicitlyDenied");
    Cause top = turn.conversation().diagnosis().top();
    then(changes.nowConfirmed()).contains("`perimeter-network-deny`: " + top.info().title());
    then(changes.ruledOut())
        .contains("`upload-encryption-header-condition`: no applying Deny tests the encryption the upload asked for");
    then(changes.any()).isTrue();
    then(turn.conversation().evidence().buckets().asOptional()).hasValueSatisfying(
        b -> then(b.get("bluefin-customs-filings").policy().isKnown()).isTrue());
    then(turn.conversation().inputs()).containsExactly(c.errorText(), output);
    then(turn.phrasing().text()).contains("DenyAccessOutsideVpce");
  }

  @Test
  void should_diagnose_a_new_error_with_the_evidence_already_given() {
    // GIVEN p004 with its bucket policy pasted
    Conversation c = engine.reply(engine.start(Scenarios.error("p004")).conversation(),
        Scenarios.bucketPolicyOutput("p004")).conversation();
    // WHEN the user tries a download instead, and pastes its error
    Turn turn = engine.reply(c, P004_GET);
    // THEN the new error is diagnosed against the same bucket policy
    then(turn.input()).isEqualTo(new Input.NewError());
    Conversation after = turn.conversation();
    then(after.errorText()).isEqualTo(P004_GET);
    then(after.evidence()).isEqualTo(c.evidence());
    then(after.answers()).isEqualTo(c.answers());
    then(after.diagnosis().request().operation()).isEqualTo("GetObject");
    then(after.diagnosis().top().info().id()).isEqualTo("perimeter-network-deny");
    then(after.inputs()).hasSize(3).last().isEqualTo(P004_GET);
  }

  @Test
  void should_answer_a_free_question_without_changing_the_diagnosis() {
    // GIVEN
    Conversation c = engine.start(Scenarios.error("p004")).conversation();
    // WHEN
    Turn turn = engine.reply(c, "what is a VPC endpoint, and do we have one?");
    // THEN
    then(turn.input()).isEqualTo(new Input.Question("what is a VPC endpoint, and do we have one?"));
    then(turn.conversation().diagnosis()).isSameAs(c.diagnosis());
    then(turn.changes().any()).isFalse();
    then(turn.changes().topAfter()).isEqualTo(turn.changes().topBefore()).isEqualTo("bucket-policy-explicit-deny");
    then(turn.phrasing().text()).isNotBlank();
    then(turn.conversation().inputs()).last().isEqualTo("what is a VPC endpoint, and do we have one?");
  }

  @Test
  void should_ignore_a_blank_reply_but_record_it() {
    // GIVEN
    Conversation c = engine.start(Scenarios.error("p004")).conversation();
    // WHEN
    Turn turn = engine.reply(c, " \n ");
    // THEN
    then(turn.input()).isEqualTo(new Input.Ignored("the message is empty"));
    then(turn.conversation()).isEqualTo(new Conversation(c.errorText(), c.evidence(), c.answers(),
        List.of(c.errorText(), " \n "), c.diagnosis()));
    then(turn.changes().any()).isFalse();
    then(turn.phrasing().text()).isEqualTo("Nothing changed: the message is empty.");
    then(turn.phrasing().source()).isEqualTo(Phrasing.Source.PLAIN);
  }

  @Test
  void should_ignore_a_paste_it_cannot_place_with_the_reason() {
    // GIVEN
    Conversation c = engine.start(Scenarios.error("p004")).conversation();
    // WHEN
    Turn json = engine.reply(c, "{\"ReplicationConfiguration\": {\"Role\": \"replication\"}}");
    String command = "$ aws s3api get-bucket-policy --bucket bluefin-customs-filings";
    Turn line = engine.reply(c, command);
    // THEN
    then(json.input()).isEqualTo(new Input.Ignored("JSON, but not the output of a command s3-403 reads"));
    then(line.input()).isEqualTo(
        new Input.Ignored("only the command line `aws s3api get-bucket-policy`: paste its output too"));
    then(line.conversation().diagnosis()).isSameAs(c.diagnosis());
    then(line.conversation().evidence()).isSameAs(c.evidence());
    then(line.conversation().inputs()).containsExactly(c.errorText(), command);
  }

  @Test
  void should_draft_a_customer_reply_for_the_diagnosis_as_it_stands() {
    // GIVEN
    Conversation c = engine.reply(engine.start(Scenarios.error("p004")).conversation(),
        Scenarios.bucketPolicyOutput("p004")).conversation();
    // WHEN
    Phrasing reply = engine.customerReply(c);
    // THEN
    then(reply.text()).isNotBlank();
    then(reply.source()).isEqualTo(Phrasing.Source.PLAIN);
  }
}
