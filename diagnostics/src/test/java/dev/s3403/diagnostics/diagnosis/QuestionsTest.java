package dev.s3403.diagnostics.diagnosis;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.evidence.Bundle;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Questions split the open causes; an answer narrows them as the command's output would. */
class QuestionsTest {
  private static String error(String id) {
    return Scenarios.read(Path.of("src/test/resources/scenarios/public/" + id + ".json")).get("error").asText();
  }

  @Test
  void should_ask_what_settles_a_body_less_403_with_the_real_bucket_and_key_in_the_command() {
    // GIVEN p009's HEAD 403 with no evidence
    // WHEN it is diagnosed
    Diagnosis d = new Diagnoser().diagnose(error("p009"), Bundle.empty());
    // THEN it asks about the object, its encryption and Requester Pays, with commands naming the bucket
    then(d.questions()).extracting(Question::id).contains("object-exists", "requester-pays");
    then(d.questions()).filteredOn(q -> q.id().equals("requester-pays")).singleElement()
        .satisfies(q -> then(q.command()).isEqualTo("aws s3api get-bucket-request-payment --bucket bluefin-freight-benchmarks"));
  }

  @Test
  void should_confirm_requester_pays_and_stop_asking_it_when_the_answer_is_yes() {
    // GIVEN p009 and the answer that the bucket is Requester Pays
    // WHEN it is diagnosed with that answer
    Diagnosis d = new Diagnoser().diagnose(error("p009"), Bundle.empty(), Map.of("requester-pays", "yes"));
    // THEN that cause is confirmed first and the question is not asked again
    then(d.top().info().id()).isEqualTo("requester-pays-header-missing");
    then(d.top().status()).isEqualTo(Status.CONFIRMED);
    then(d.questions()).extracting(Question::id).doesNotContain("requester-pays");
  }

  @Test
  void should_rule_out_requester_pays_and_confirm_a_missing_object_from_two_answers() {
    // GIVEN p009 and the answers: not Requester Pays, the object does not exist
    // WHEN
    Diagnosis d = new Diagnoser().diagnose(error("p009"), Bundle.empty(),
        Map.of("requester-pays", "no", "object-exists", "no"));
    // THEN
    then(d.top().info().id()).isEqualTo("missing-object-masked-as-403");
    then(d.top().status()).isEqualTo(Status.CONFIRMED);
    then(d.ruledOut()).extracting(Diagnosis.RuledOut::id).contains("requester-pays-header-missing");
  }

  @Test
  void should_ask_nothing_more_when_the_evidence_confirms_one_cause() {
    // GIVEN p009 with its bundle, which decides the cause
    var s = Scenarios.read(Path.of("src/test/resources/scenarios/public/p009.json"));
    var bundle = dev.s3403.diagnostics.evidence.EvidenceReader.read(s.get("bundle")).bundle();
    // WHEN / THEN
    then(new Diagnoser().diagnose(s.get("error").asText(), bundle).questions()).isEmpty();
  }
}
