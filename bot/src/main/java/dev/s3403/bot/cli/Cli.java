package dev.s3403.bot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Dispatches {@code s3-403 <command> …} (spec/cli.md). Answers go to standard output, messages to standard
 * error. Exit status: 0 the command did its job, 1 a simulation found mismatches, 2 unusable input.
 */
public final class Cli {
  static final int OK = 0;
  static final int UNUSABLE = 2;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private final Map<String, String> env;

  public Cli(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    this(in, out, err, terminal, System.getenv());
  }

  /** @param env the environment, where the model's settings are read (tests give their own) */
  public Cli(InputStream in, PrintStream out, PrintStream err, boolean terminal, Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.env = Map.copyOf(env);
  }

  public int run(String... args) {
    if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
      (args.length == 0 ? err : out).print(usage());
      return args.length == 0 ? UNUSABLE : OK;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (args[0]) {
        case "parse" -> new ParseCommand(in, out, err, terminal).run(rest);
        case "simulate" -> new SimulateCommand(in, out, err, terminal).run(rest);
        case "diagnose" -> new DiagnoseCommand(in, out, err, terminal, env).run(rest);
        case "serve" -> new ServeCommand(err, env).run(rest);
        case "collect" -> new CollectCommand(out, err).run(rest);
        default -> {
          err.println("s3-403: unknown command `" + args[0] + "`; try `s3-403 --help`");
          yield UNUSABLE;
        }
      };
    } catch (HelpRequested help) {
      out.print(usage());
      return OK;
    } catch (UsageException e) {
      err.println("s3-403 " + args[0] + ": " + e.getMessage());
      return UNUSABLE;
    }
  }

  static String usage() {
    return """
        usage: s3-403 <command> [options]

          parse [TEXT|-] [--format json|text|markdown] [--batch FILE]
              read a pasted AWS error and print what it says: operation, code, bucket, key,
              principal, denied action, policy type, request id, and the actions the operation needs

          diagnose [TEXT|-] [--bundle FILE] [--paste FILE]... [--answers FILE] [--format json|text|markdown] [--batch FILE] [--no-llm]
              why the request was denied: every documented cause checked against the text and,
              with --bundle, the evidence (spec/evidence-bundle.md); ranked, with who can fix it.
              Explained by the model S3403_LLM_PROVIDER names, behind a guard (docs/phrasing.md),
              or in plain words with --no-llm or no provider. --live first collects from AWS for the
              request the error names (takes the options of collect)

          simulate FILE [--explain] [--repeat N] [--format json|text|markdown]
              evaluate authorization cases (a `.json` case or array, or `.jsonl` lines) with AWS's
              policy evaluation logic; exit 1 when a case's `expected` does not match

          collect --bucket B [--key K] [--principal ARN] [--operation OP] [--account-role ARN [--external-id ID]]
                  [--region R] [--endpoint-url URL] [--deadline SECONDS] [--out FILE]
              read-only evidence from AWS into a bundle, in parallel under one deadline (20 s); what
              AWS refuses the collector is listed in `unavailable`; progress on standard error

          serve
              the Slack bot (/s3-403, threads, buttons, the "Diagnose S3 403" shortcut, App Home) with
              /healthz and /metrics; HTTP mode with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, Socket Mode
              with SLACK_BOT_TOKEN and SLACK_APP_TOKEN; PORT (3000), S3403_SLACK_API_URL, S3403_CONFIG

        Text comes from the argument, or from standard input when it is `-` or absent.
        See spec/cli.md and spec/simulation-case.md for the JSON.
        """;
  }

  /** Whether standard output is a terminal: text for people there, JSON for programs otherwise. */
  public static boolean stdoutIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) return false;
    try {
      // Java 22 and newer return a Console even when redirected; isTerminal() tells the truth there.
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;   // Java 21: a console exists only for a terminal
    }
  }
}
