package dev.s3403.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.eval.cases.SimulationCaseReader;
import dev.s3403.diagnostics.eval.cases.SimulationResultJson;
import dev.s3403.diagnostics.eval.cases.Simulator;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code s3-403 simulate FILE [--explain] [--repeat N] [--format json|text|markdown]} (spec/simulation-case.md).
 * A case that cannot be read or decided is answered with {@code "decision": "Error"} and the run goes on; only a
 * file that cannot be read at all is unusable input.
 */
final class SimulateCommand {
  private static final ObjectMapper JSON = SimulationResultJson.mapper();
  private static final ObjectReader STRICT = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  static final int MISMATCH = 1;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  SimulateCommand(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** One entry of the input, in order: a case read, or a line that was not a case at all. */
  private sealed interface Entry {
    record Ready(Simulator.Prepared prepared) implements Entry {}

    record Unreadable(String id, String message) implements Entry {}
  }

  private enum Shape { OBJECT, ARRAY, LINES }

  int run(String[] args) {
    Options options = Options.parse(args, terminal);
    String name = options.file().equals("-") ? "standard input" : "`" + options.file() + "`";
    String content = options.file().equals("-") ? Inputs.read(in, "standard input") : Inputs.readFile(options.file());
    List<Entry> entries = new ArrayList<>();
    Shape shape = read(content, options.file(), name, entries);

    List<ObjectNode> results = new ArrayList<>(entries.size());
    int mismatches = 0;
    for (Entry entry : entries) {
      ObjectNode result = switch (entry) {
        case Entry.Ready r -> SimulationResultJson.toJson(r.prepared(), Simulator.answer(r.prepared()), options.explain());
        case Entry.Unreadable u -> SimulationResultJson.unreadable(u.id(), u.message());
      };
      if (result.path("match").isBoolean() && !result.get("match").asBoolean()) mismatches++;
      results.add(result);
    }
    print(results, shape, options.format());
    if (options.repeat() > 0) {
      err.println(Repeat.run(entries.stream().map(e -> e instanceof Entry.Ready r ? r.prepared() : null)
          .filter(p -> p != null).toList(), options.repeat(), mismatches).toJson());
    }
    return mismatches == 0 ? Cli.OK : MISMATCH;
  }

  /**
   * A {@code .jsonl} file holds one case per line; a {@code .json} file one case or an array of them. Standard
   * input, or a file named otherwise, is read as one JSON value when it is one, and as JSON lines when not.
   */
  private static Shape read(String content, String file, String name, List<Entry> entries) {
    SimulationCaseReader reader = new SimulationCaseReader();
    boolean lines = file.endsWith(".jsonl") || file.endsWith(".ndjson");
    if (!lines) {
      JsonNode whole;
      try {
        whole = STRICT.readTree(content);
      } catch (JsonProcessingException e) {
        if (file.endsWith(".json")) {
          throw new UsageException("%s is not JSON (line %d, column %d): %s".formatted(name,
              e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
              e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage()));
        }
        whole = null;
      }
      if (whole != null) {
        if (whole.isArray()) {
          int index = 0;
          for (JsonNode item : whole) entries.add(entry(item, "case " + ++index, reader));
          return Shape.ARRAY;
        }
        if (whole.isObject()) {
          entries.add(entry(whole, "the case", reader));
          return Shape.OBJECT;
        }
        throw new UsageException("%s must hold a case object or an array of cases, not %s".formatted(name,
            whole.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    int lineNumber = 0;
    for (String line : content.split("\r?\n", -1)) {
      lineNumber++;
      if (line.isBlank()) continue;
      try {
        entries.add(entry(STRICT.readTree(line), "line " + lineNumber, reader));
      } catch (JsonProcessingException e) {
        entries.add(new Entry.Unreadable(null, "line %d: not JSON: %s".formatted(lineNumber, e.getOriginalMessage())));
      }
    }
    if (entries.isEmpty()) throw new UsageException(name + " holds no case");
    if (entries.stream().noneMatch(Entry.Ready.class::isInstance)) {
      // Not one line is a case: this is not a file of cases with a few bad lines, it is the wrong file.
      throw new UsageException(name + " holds no case; " + ((Entry.Unreadable) entries.getFirst()).message());
    }
    return Shape.LINES;
  }

  private static Entry entry(JsonNode node, String where, SimulationCaseReader reader) {
    if (!node.isObject()) return new Entry.Unreadable(null, where + ": a case must be a JSON object");
    return new Entry.Ready(Simulator.prepare(reader.read(node)));
  }

  private void print(List<ObjectNode> results, Shape shape, Format format) {
    try {
      switch (format) {
        case JSON -> {
          switch (shape) {
            case OBJECT -> out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results.getFirst()));
            case ARRAY -> {
              ArrayNode array = JSON.createArrayNode();
              results.forEach(array::add);
              out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            }
            case LINES -> {
              for (ObjectNode r : results) out.println(JSON.writeValueAsString(r));
            }
          }
        }
        case TEXT -> out.print(SimulateText.text(results));
        case MARKDOWN -> out.print(SimulateText.markdown(results));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree we built cannot fail to print", e);
    }
  }

  /** The command line of {@code simulate}. */
  record Options(String file, boolean explain, int repeat, Format format) {
    static Options parse(String[] args, boolean terminal) {
      String file = null;
      boolean explain = false;
      int repeat = 0;
      Format format = terminal ? Format.TEXT : Format.JSON;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--help") || a.equals("-h")) {
          throw new HelpRequested();
        } else if (a.equals("--explain")) {
          explain = true;
        } else if (a.equals("--repeat") || a.startsWith("--repeat=")) {
          repeat = count(a.contains("=") ? a.substring(a.indexOf('=') + 1) : value(args, ++i, "--repeat"));
        } else if (a.equals("--format") || a.startsWith("--format=")) {
          format = Format.of(a.contains("=") ? a.substring(a.indexOf('=') + 1) : value(args, ++i, "--format"));
        } else if (a.startsWith("--")) {
          throw new UsageException("unknown option `" + a + "`; options are --explain, --repeat and --format");
        } else if (file != null) {
          throw new UsageException("give one FILE, not `" + file + "` and `" + a + "`");
        } else {
          file = a;
        }
      }
      if (file == null) throw new UsageException("give the FILE of cases (`.json` or `.jsonl`), or `-` for standard input");
      return new Options(file, explain, repeat, format);
    }

    private static int count(String text) {
      try {
        int n = Integer.parseInt(text);
        if (n < 0 || n > 1_000_000) throw new NumberFormatException();
        return n;
      } catch (NumberFormatException e) {
        throw new UsageException("--repeat must be a whole number from 0 to 1000000, not `" + text + "`");
      }
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) throw new UsageException(option + " needs a value");
      return args[i];
    }
  }
}
