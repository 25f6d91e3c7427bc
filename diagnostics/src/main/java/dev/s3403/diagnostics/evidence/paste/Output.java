package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The output part of a paste, in the form the CLI printed it: JSON, an error line, a table, or text. */
sealed interface Output {

  /** Default output, or {@code --output json}; {@code trailing} says text after the JSON was ignored. */
  record Json(JsonNode node, boolean trailing) implements Output {}

  /** {@code An error occurred (NoSuchBucketPolicy) when calling the GetBucketPolicy operation: …}. */
  record Error(String code, String apiOperation, String message) implements Output {}

  /** {@code --output table}: the cells of each row, borders and separator lines removed. */
  record Table(List<List<String>> rows) implements Output {}

  /** {@code --output text}: the words of each non-blank line (tabs often become blanks in chat). */
  record Text(List<List<String>> lines) implements Output {}

  /** JSON that cannot be read: half pasted, or damaged beyond repair. */
  record Broken(String why) implements Output {}
}
