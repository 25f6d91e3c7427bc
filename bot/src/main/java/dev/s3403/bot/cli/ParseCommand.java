package dev.s3403.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.parse.ErrorParser;
import dev.s3403.diagnostics.parse.ParsedError;
import dev.s3403.diagnostics.parse.ParsedErrorJson;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code s3-403 parse [TEXT|-] [--format json|text|markdown] [--batch FILE]}. */
final class ParseCommand {
  private static final ObjectMapper JSON = ParsedErrorJson.mapper();

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private final ErrorParser parser = new ErrorParser();

  ParseCommand(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  int run(String[] args) {
    Options options = Options.parse(args, terminal);
    if (options.batch() != null) return batch(options);
    String text = options.text() != null ? options.text() : Inputs.read(in, "standard input");
    ParsedError parsed = parser.parse(text);
    out.print(switch (options.format()) {
      case JSON -> pretty(ParsedErrorJson.toJson(parsed)) + "\n";
      case TEXT -> ParseText.text(parsed);
      case MARKDOWN -> ParseText.markdown(parsed);
    });
    return Cli.OK;
  }

  /** JSON lines in, JSON lines out, in order; a line that cannot be read is answered with its error. */
  private int batch(Options options) {
    String content = options.batch().equals("-") ? Inputs.read(in, "standard input") : Inputs.readFile(options.batch());
    Batch.run(content, JSON, out, (input, lineNumber, answer) -> {
      JsonNode text = input.isObject() ? input.get("text") : null;
      if (text == null || !text.isTextual()) {
        answer.put("error", "line %d: `/text` must be a string".formatted(lineNumber));
        return;
      }
      answer.setAll(ParsedErrorJson.toJson(parser.parse(text.asText())));
    });
    return Cli.OK;
  }

  private static String pretty(ObjectNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree we built cannot fail to print", e);
    }
  }

  /** The command line of {@code parse}. */
  record Options(String text, String batch, Format format) {
    static Options parse(String[] args, boolean terminal) {
      List<String> words = new ArrayList<>();
      String batch = null;
      Format format = terminal ? Format.TEXT : Format.JSON;
      boolean literal = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (!literal && (a.equals("--help") || a.equals("-h"))) {
          throw new HelpRequested();
        } else if (literal || !a.startsWith("--")) {
          words.add(a);
        } else if (a.equals("--")) {
          literal = true;
        } else if (a.equals("--format") || a.startsWith("--format=")) {
          String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : next(args, ++i, "--format");
          format = Format.of(value);
        } else if (a.equals("--batch") || a.startsWith("--batch=")) {
          batch = a.contains("=") ? a.substring(a.indexOf('=') + 1) : next(args, ++i, "--batch");
        } else {
          throw new UsageException("unknown option `" + a + "`; options are --format and --batch");
        }
      }
      if (batch != null && !words.isEmpty()) throw new UsageException("give either TEXT or --batch FILE, not both");
      String text = words.isEmpty() || words.equals(List.of("-")) ? null : String.join(" ", words);
      return new Options(text, batch, format);
    }

    private static String next(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) throw new UsageException(option + " needs a value");
      return args[i];
    }
  }
}
