package dev.s3403.prompts.llm;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A model's reply is read as the structured answer, leniently about wrapping and strictly about content. */
class ModelAnswerTest {
  @Test
  void should_read_an_answer_wrapped_in_a_fence_or_a_sentence() {
    String json = "{\"cause\": \"scp-explicit-deny\", \"text\": \"An SCP denies it.\", \"questions\": [\"kms-encrypted\"]}";
    for (String reply : new String[] {json, "```json\n" + json + "\n```", "Here is the answer:\n" + json + "\nHope it helps."}) {
      then(ModelAnswer.parse(reply)).as(reply).isEqualTo(new ModelAnswer.Parsed.Ok(
          new ModelAnswer("scp-explicit-deny", "An SCP denies it.", java.util.List.of("kms-encrypted"))));
    }
  }

  @Test
  void should_read_none_as_no_cause() {
    then(ModelAnswer.parse("{\"cause\": \"none\", \"text\": \"Not known yet.\", \"questions\": []}"))
        .isEqualTo(new ModelAnswer.Parsed.Ok(new ModelAnswer(null, "Not known yet.", java.util.List.of())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "The bucket policy denies it.", "[1, 2]", "{\"cause\": \"x\"}", "{\"text\": 42}",
      "{\"text\": \"t\", \"questions\": \"kms-encrypted\"}", "{\"text\": \"t\", \"questions\": [{\"id\": 1}]}",
      "{\"text\": \"t\", \"cause\": {\"id\": \"x\"}}", "```json\n{\"text\": ", "{{{{{{{{{{{{"})
  void should_call_a_reply_malformed_when_it_is_not_the_answer_object(String reply) {
    then(ModelAnswer.parse(reply)).isInstanceOf(ModelAnswer.Parsed.Malformed.class);
  }
}
