package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3403.diagnostics.policy.Arns;
import java.util.Optional;

/**
 * What a recognizer reads: the output, the command it belongs to, its command line (pasted, or the one the
 * conversation asked for) and the conversation's context. The subject of an output that does not name it comes from
 * the command line, else from the context; a subject taken from the context is noted.
 */
record Input(Command command, Optional<CommandLine> line, Output output, Context ctx) {

  Optional<String> option(String name) {
    return line.flatMap(l -> l.option(name));
  }

  /** The output as JSON, when it is JSON. */
  Optional<JsonNode> json() {
    return output instanceof Output.Json(JsonNode node, boolean trailing) ? Optional.of(node) : Optional.empty();
  }

  Optional<String> bucket(Draft draft) {
    return subject("--bucket", ctx.bucket(), "bucket", draft).map(Input::bucketName);
  }

  Optional<String> key(Draft draft) {
    return subject("--key", ctx.key(), "object key", draft);
  }

  /** The account of {@code s3control} and the IAM outputs: {@code --account-id}, else the conversation's. */
  Optional<String> account(Draft draft) {
    String fromContext = ctx.account() != null ? ctx.account() : Arns.account(ctx.principalArn());
    return subject("--account-id", fromContext, "account", draft);
  }

  Recognition notRecognized(String why) {
    return new Recognition.NotRecognized(why);
  }

  private Optional<String> subject(String option, String fromContext, String what, Draft draft) {
    Optional<String> given = option(option);
    if (given.isPresent()) return given;
    if (fromContext == null || fromContext.isBlank()) return Optional.empty();
    draft.note("%s `%s` taken from the conversation: the output does not name it".formatted(what, fromContext));
    return Optional.of(fromContext);
  }

  // `--bucket s3://acme/` happens; the bundle keys buckets by their bare name.
  private static String bucketName(String given) {
    String name = given.startsWith("s3://") ? given.substring(5) : given;
    return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
  }
}
