package dev.s3403.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.evidence.aws.Collection;
import dev.s3403.diagnostics.evidence.aws.Live;
import dev.s3403.diagnostics.evidence.aws.Target;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code s3-403 collect --bucket B [--key K] [--principal ARN] [--operation OP] [--account-role ARN]
 * [--external-id ID] [--region R] [--endpoint-url URL] [--deadline S] [--out FILE]}: live, read-only evidence into a
 * bundle (spec/evidence-bundle.md); progress on standard error.
 */
final class CollectCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;
  private final PrintStream err;

  CollectCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** The options, read. */
  record Options(Target target, Live.Settings settings, String outFile) {}

  int run(String[] args) {
    Options o = parse(args);
    Collection.Result result = collect(o.target(), o.settings(), line -> err.println("s3-403 collect: " + line));
    String json;
    try {
      json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result.json()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree we built cannot fail to print", e);
    }
    if (o.outFile() == null) {
      out.print(json);
    } else {
      try {
        Files.writeString(Path.of(o.outFile()), json);
      } catch (IOException | RuntimeException e) {
        throw new UsageException("cannot write `" + o.outFile() + "`: " + e.getClass().getSimpleName());
      }
      err.println("s3-403 collect: wrote `" + o.outFile() + "` (" + result.json().path("unavailable").size() + " item(s) unavailable)");
    }
    return Cli.OK;
  }

  /** Collects, or stops with one line when nothing could be: no credentials, no answer from AWS at all. */
  static Collection.Result collect(Target target, Live.Settings settings, java.util.function.Consumer<String> progress) {
    Collection.Result result;
    try {
      result = Live.collect(settings, target, progress);
    } catch (Live.CannotCollect e) {
      throw new UsageException(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("interrupted");
    }
    if (!result.reached()) {
      String where = settings.endpointUrl() != null ? settings.endpointUrl() : "AWS";
      String why = result.late().isEmpty() ? "every call failed" : "no answer within " + settings.deadline().toSeconds() + " s";
      throw new UsageException("could not reach " + where + " (" + why + "; first: " + firstReason(result) + ")");
    }
    return result;
  }

  private static String firstReason(Collection.Result r) {
    var u = r.json().path("unavailable");
    return u.isEmpty() ? "no call made" : u.get(0).path("reason").asText();
  }

  static Options parse(String[] args) {
    Map<String, String> v = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) throw new HelpRequested();
      if (!a.startsWith("--")) throw new UsageException("unexpected `" + a + "`; options are --bucket, --key, --principal, "
          + "--operation, --account-role, --external-id, --region, --endpoint-url, --deadline and --out");
      String name = a.contains("=") ? a.substring(2, a.indexOf('=')) : a.substring(2);
      String value;
      if (a.contains("=")) {
        value = a.substring(a.indexOf('=') + 1);
      } else {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) throw new UsageException("--" + name + " needs a value");
        value = args[++i];
      }
      if (!java.util.Set.of("bucket", "key", "principal", "operation", "account-role", "external-id", "region", "endpoint-url",
          "deadline", "out").contains(name)) {
        throw new UsageException("unknown option `--" + name + "`");
      }
      v.put(name, value);
    }
    String bucket = v.get("bucket");
    if (bucket == null || bucket.isBlank()) throw new UsageException("--bucket is required (the bucket of the denied request)");
    if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) throw new UsageException("--bucket `" + bucket + "` is not a bucket name");
    String principal = v.get("principal");
    if (principal != null && !principal.matches("arn:aws[a-z-]*:(iam|sts)::\\d{12}:.+")) {
      throw new UsageException("--principal `" + principal + "` is not an IAM user, role or session ARN");
    }
    String role = v.get("account-role");
    if (role != null && !role.matches("arn:aws[a-z-]*:iam::\\d{12}:role/.+")) {
      throw new UsageException("--account-role `" + role + "` is not an IAM role ARN");
    }
    String endpoint = v.get("endpoint-url");
    if (endpoint != null && !endpoint.matches("https?://[^\\s/]+.*")) throw new UsageException("--endpoint-url `" + endpoint + "` is not an http(s) URL");
    Duration deadline = Live.DEFAULT_DEADLINE;
    if (v.containsKey("deadline")) {
      try {
        double s = Double.parseDouble(v.get("deadline"));
        if (!(s > 0 && s <= 300)) throw new NumberFormatException();
        deadline = Duration.ofMillis(Math.round(s * 1000));
      } catch (NumberFormatException e) {
        throw new UsageException("--deadline `" + v.get("deadline") + "`: use seconds from 0.1 to 300");
      }
    }
    Duration call = deadline.compareTo(Live.DEFAULT_CALL_TIMEOUT) < 0 ? deadline : Live.DEFAULT_CALL_TIMEOUT;
    Target target = new Target(bucket, v.get("key"), principal, v.get("operation"));
    return new Options(target, new Live.Settings(v.get("region"), endpoint, role, v.get("external-id"), call, deadline), v.get("out"));
  }
}
