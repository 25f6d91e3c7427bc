package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws s3api get-public-access-block} (a bucket's) and {@code aws s3control get-public-access-block} (the
 * account's): the same {@code {"PublicAccessBlockConfiguration": {…}}}, so which one it is comes from the command
 * line. Text and table forms are read too.
 */
final class PublicAccessBlock {
  // The order `--output text` prints them in: the CLI sorts an object's members by name.
  private static final List<String> FLAGS =
      List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets");

  private static final String CONFIGURATION = "PublicAccessBlockConfiguration";

  private PublicAccessBlock() {}

  static Recognition read(Input in) {
    ObjectNode flags = Draft.NODES.objectNode();
    switch (in.output()) {
      case Output.Json(JsonNode node, boolean trailing) -> {
        JsonNode config = node.has(CONFIGURATION) ? node.get(CONFIGURATION) : node;
        for (String flag : FLAGS) Fields.bool(config, flag).ifPresent(v -> flags.put(flag, v));
      }
      case Output.Text(List<List<String>> lines) -> TextForms.words(lines, "PUBLICACCESSBLOCKCONFIGURATION")
          .filter(words -> words.size() == FLAGS.size())
          .ifPresent(words -> {
            for (int i = 0; i < FLAGS.size(); i++) {
              String flag = FLAGS.get(i);
              Fields.bool(words.get(i)).ifPresent(v -> flags.put(flag, v));
            }
          });
      case Output.Table(List<List<String>> rows) -> {
        for (String flag : FLAGS) TextForms.cell(rows, flag).flatMap(Fields::bool).ifPresent(v -> flags.put(flag, v));
      }
      case Output.Error error -> { }
      case Output.Broken broken -> { }
    }
    if (flags.isEmpty()) {
      return in.notRecognized("not the output of `%s`: no Block Public Access flags in it"
          .formatted(in.command().display()));
    }
    Draft draft = new Draft();
    if (flags.size() < FLAGS.size()) {
      draft.note("only %d of the 4 Block Public Access flags were in the paste".formatted(flags.size()));
    }
    if (in.command() == Command.GET_ACCOUNT_PUBLIC_ACCESS_BLOCK) {
      Optional<String> account = in.account(draft);
      if (account.isEmpty()) {
        return in.notRecognized(
            "the account's Block Public Access settings, but of which account? paste the command line too");
      }
      draft.account(account.get()).set("blockPublicAccess", flags);
    } else {
      Optional<String> bucket = in.bucket(draft);
      if (bucket.isEmpty()) {
        return in.notRecognized(
            "a bucket's Block Public Access settings, but of which bucket? paste the command line too");
      }
      draft.bucket(bucket.get()).set("blockPublicAccess", flags);
    }
    return draft.done(in.command().display());
  }
}
