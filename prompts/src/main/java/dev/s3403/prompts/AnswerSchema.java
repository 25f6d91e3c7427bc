package dev.s3403.prompts;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.s3403.prompts.facts.Facts;

/** The JSON schema of a model's answer, for the providers that enforce one. */
final class AnswerSchema {
  private AnswerSchema() {}

  static ResponseFormat format(Facts facts) {
    JsonObjectSchema root = JsonObjectSchema.builder()
        .addStringProperty("cause", "the id of topCause in the facts, or none")
        .addStringProperty("text", "the explanation, plain text, at most 900 characters")
        .addProperty("questions", JsonArraySchema.builder().description("ids of the facts' questions to ask next")
            .items(JsonStringSchema.builder().build()).build())
        .required("cause", "text", "questions")
        .additionalProperties(false)
        .build();
    return ResponseFormat.builder().type(ResponseFormatType.JSON)
        .jsonSchema(JsonSchema.builder().name("Answer").rootElement(root).build()).build();
  }
}
