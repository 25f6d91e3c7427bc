package dev.s3403.bot.cli;

import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Evidence;
import dev.s3403.diagnostics.parse.ParsedError;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code diagnose --live}: collect for the request the error names (or the options name), then merge. */
final class LiveEvidence {
  /** The options of {@code collect} that {@code diagnose --live} passes on. */
  static final List<String> OPTIONS = List.of("--bucket", "--key", "--principal", "--operation", "--account-role",
      "--external-id", "--region", "--endpoint-url", "--deadline");

  private LiveEvidence() {}

  /** The merged evidence, and what the collection wrote (for AWS's simulator results). */
  record Added(Bundle bundle, com.fasterxml.jackson.databind.node.ObjectNode collected) {}

  static Added add(ParsedError parsed, Bundle given, List<String> liveArgs, PrintStream err) {
    List<String> args = new ArrayList<>(liveArgs);
    var request = given.request().orNull();
    String bucket = request == null ? null : request.bucket().orNull();
    String key = request == null ? null : request.key().orNull();
    fill(args, "--bucket", bucket != null ? bucket : parsed.bucket());
    fill(args, "--key", key != null ? key : parsed.key());
    fill(args, "--principal", parsed.principalArn());
    fill(args, "--operation", parsed.operation());
    if (args.stream().noneMatch(a -> a.equals("--bucket") || a.startsWith("--bucket="))) {
      throw new UsageException("--live needs the bucket, and the error names none; add --bucket NAME");
    }
    CollectCommand.Options o = CollectCommand.parse(args.toArray(String[]::new));
    var result = CollectCommand.collect(o.target(), o.settings(), line -> err.println("s3-403 diagnose --live: " + line));
    return new Added(Evidence.merge(given, result.bundle()).bundle(), result.json());
  }

  private static void fill(List<String> args, String option, String value) {
    if (value == null || args.stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="))) return;
    args.add(option);
    args.add(value);
  }
}
