package dev.s3403.bot.playground;

import static dev.s3403.bot.playground.Playground.json;
import static dev.s3403.bot.playground.Playground.scenario;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaygroundConversationTest {
  private static final String CONVERSATIONS = "/api/playground/conversations";
  private static Playground playground;

  @BeforeAll
  static void start() throws Exception {
    playground = Playground.start();
  }

  @AfterAll
  static void stop() {
    playground.close();
  }

  @Test
  void should_start_a_conversation_with_a_diagnosis_and_its_explanation_when_an_error_is_pasted() throws Exception {
    // GIVEN p004's error
    String error = scenario("p004").get("error").asText();
    // WHEN
    HttpResponse<String> response = playground.postText(CONVERSATIONS, error);
    // THEN
    then(response.statusCode()).isEqualTo(201);
    JsonNode body = json(response);
    then(body.get("id").asText()).matches("[0-9a-f]{32}");
    JsonNode turn = body.get("turn");
    then(turn.get("format").asText()).isEqualTo("s3-403/diagnosis@1");
    then(turn.get("explanation").asText()).isNotBlank();
    then(turn.at("/input/kind").asText()).isEqualTo("new-error");
    then(turn.at("/changes/topAfter").asText()).isEqualTo(turn.at("/causes/0/id").asText());
  }

  @Test
  void should_confirm_the_perimeter_cause_when_the_bucket_policy_output_is_pasted_in_the_thread() throws Exception {
    // GIVEN a conversation about p004's error
    String id = playground.startConversation(scenario("p004").get("error").asText()).get("id").asText();
    // WHEN the user pastes what `aws s3api get-bucket-policy` prints for its bucket
    HttpResponse<String> response = playground.postText(CONVERSATIONS + "/" + id + "/messages", Playground.bucketPolicyOutput("p004"));
    // THEN
    then(response.statusCode()).isEqualTo(200);
    JsonNode turn = json(response).get("turn");
    then(turn.at("/input/kind").asText()).isEqualTo("evidence");
    then(turn.at("/input/what").asText()).isEqualTo("aws s3api get-bucket-policy output");
    then(turn.at("/causes/0/id").asText()).isEqualTo("perimeter-network-deny");
    then(turn.at("/causes/0/status").asText()).isEqualTo("confirmed");
    then(turn.at("/changes/topAfter").asText()).isEqualTo("perimeter-network-deny");
    then(turn.at("/changes/nowConfirmed")).isNotEmpty();
  }

  @Test
  void should_record_the_answer_when_a_question_is_answered() throws Exception {
    // GIVEN a conversation about p019's error, which asks whether the object exists
    JsonNode started = playground.startConversation(scenario("p019").get("error").asText());
    then(started.at("/turn/questions").findValuesAsText("id")).contains("object-exists");
    String id = started.get("id").asText();
    // WHEN
    HttpResponse<String> response = playground.post(CONVERSATIONS + "/" + id + "/answers",
        "{\"question\": \"object-exists\", \"answer\": \"yes\"}");
    // THEN
    then(response.statusCode()).isEqualTo(200);
    JsonNode turn = json(response).get("turn");
    then(turn.at("/input/kind").asText()).isEqualTo("answer");
    then(turn.at("/input/questionId").asText()).isEqualTo("object-exists");
    then(turn.at("/input/answer").asText()).isEqualTo("yes");
    then(turn.at("/questions").findValuesAsText("id")).doesNotContain("object-exists");
  }

  @Test
  void should_diagnose_with_the_bundle_and_export_it_when_a_bundle_is_uploaded() throws Exception {
    // GIVEN a conversation about p004's error
    JsonNode p004 = scenario("p004");
    String id = playground.startConversation(p004.get("error").asText()).get("id").asText();
    // WHEN its bundle is uploaded, then the evidence exported
    HttpResponse<String> upload = playground.post(CONVERSATIONS + "/" + id + "/bundle", p004.get("bundle").toString());
    HttpResponse<String> export = playground.get(CONVERSATIONS + "/" + id + "/bundle");
    // THEN the diagnosis is p004's expected one, and the export reads back as a bundle
    then(upload.statusCode()).isEqualTo(200);
    JsonNode turn = json(upload).get("turn");
    then(turn.at("/input/what").asText()).isEqualTo("uploaded bundle");
    then(turn.get("decision").asText()).isEqualTo(p004.at("/expected/decision").asText());
    then(turn.at("/causes/0/id").asText()).isEqualTo(p004.at("/expected/topCause").asText());
    then(export.statusCode()).isEqualTo(200);
    then(export.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"s3-403-evidence.json\"");
    EvidenceReader.Result read = EvidenceReader.read(export.body());
    then(read.errors()).isEmpty();
    then(read.bundle().buckets().isKnown()).isTrue();
  }

  @Test
  void should_draft_a_customer_reply_when_asked() throws Exception {
    // GIVEN a conversation about p004's error
    String id = playground.startConversation(scenario("p004").get("error").asText()).get("id").asText();
    // WHEN
    HttpResponse<String> response = playground.post(CONVERSATIONS + "/" + id + "/customer-reply", "");
    // THEN
    then(response.statusCode()).isEqualTo(200);
    then(json(response).get("text").asText()).isNotBlank();
  }
}
