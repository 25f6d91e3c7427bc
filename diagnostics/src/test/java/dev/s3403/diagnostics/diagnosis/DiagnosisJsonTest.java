package dev.s3403.diagnostics.diagnosis;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.Bundle;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diagnose JSON carries the explanation it is given, last, and none of its own. */
class DiagnosisJsonTest {
  private static final Diagnosis D = new Diagnoser().diagnose(
      "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied", Bundle.empty());

  @Test
  void should_put_the_explanation_last_when_one_is_given() {
    // WHEN
    ObjectNode json = DiagnosisJson.toJson(D, "The object is probably missing.");
    // THEN
    then(json.propertyStream().map(Map.Entry::getKey).toList()).last().isEqualTo("explanation");
    then(json.get("explanation").asText()).isEqualTo("The object is probably missing.");
  }

  @Test
  void should_leave_the_explanation_out_when_none_is_given() {
    // WHEN
    ObjectNode json = DiagnosisJson.toJson(D);
    // THEN
    then(json.has("explanation")).isFalse();
    then(json.get("format").asText()).isEqualTo("s3-403/diagnosis@1");
  }
}
