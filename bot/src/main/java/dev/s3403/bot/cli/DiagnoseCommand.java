package dev.s3403.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.diagnosis.Diagnoser;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.DiagnosisJson;
import dev.s3403.diagnostics.diagnosis.SimulatorAgreement;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.parse.ParsedErrorJson;
import dev.s3403.prompts.Phraser;
import dev.s3403.prompts.Phrasing;
import dev.s3403.prompts.PhrasingMetrics;
import dev.s3403.prompts.Task;
import dev.s3403.prompts.llm.LlmSettings;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code s3-403 diagnose [TEXT|-] [--bundle FILE] [--paste FILE]... [--answers FILE] [--format json|text|markdown]
 * [--batch FILE] [--no-llm]}: the error text, the evidence when there is some, and answers to earlier questions, to
 * ranked causes (spec/cli.md), explained by the configured model behind its guard or in plain words.
 */
final class DiagnoseCommand {
  private static final ObjectMapper JSON = ParsedErrorJson.mapper();
  private static final ObjectReader STRICT = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private final Map<String, String> env;
  private final Diagnoser diagnoser = new Diagnoser();

  DiagnoseCommand(InputStream in, PrintStream out, PrintStream err, boolean terminal, Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.env = env;
  }

  int run(String[] args) {
    Options options = Options.parse(args, terminal);
    // A batch is for scoring and comparing runs: its explanations stay deterministic, and it asks no model.
    if (options.batch() != null) return batch(options.batch());
    Phraser phraser = phraser(options.noLlm());
    Bundle bundle = options.bundle() == null ? Bundle.empty() : bundle(options.bundle());
    Map<String, String> answers = options.answers() == null ? Map.of() : answers(options.answers());
    String text = options.text() != null ? options.text() : Inputs.read(in, "standard input");
    com.fasterxml.jackson.databind.node.ObjectNode collected = null;
    if (!options.pastes().isEmpty() || options.live()) {
      var parsed = new dev.s3403.diagnostics.parse.ErrorParser().parse(text);
      for (String paste : options.pastes()) bundle = pasted(paste, parsed, bundle);
      if (options.live()) {
        var added = LiveEvidence.add(parsed, bundle, options.liveArgs(), err);
        bundle = added.bundle();
        collected = added.collected();
      }
    }
    Diagnosis d = diagnoser.diagnose(text, bundle, answers);
    String simulator = collected == null ? null : SimulatorAgreement.verdict(collected, d.outcomes());
    if (simulator != null) err.println("s3-403 diagnose: AWS's policy simulator: " + simulator);
    Phrasing phrasing = phraser.phrase(Task.EXPLAIN, d, text);
    if (phrasing.fallback() != null) {
      err.println("s3-403 diagnose: the model's answer was not used (" + phrasing.fallback().kind().label() + "): "
          + phrasing.fallback().reason() + "; showing the plain explanation");
    }
    out.print(switch (options.format()) {
      case JSON -> pretty(json(d, phrasing, simulator, bundle)) + "\n";
      case TEXT -> DiagnoseText.text(d, phrasing);
      case MARKDOWN -> DiagnoseText.markdown(d, phrasing);
    });
    return Cli.OK;
  }

  /** The configured model behind its guard, or the plain phrasing; a setting that cannot work is unusable input. */
  private Phraser phraser(boolean noLlm) {
    PhrasingMetrics metrics = new PhrasingMetrics();
    if (noLlm) return Phraser.plainOnly(metrics);
    return switch (LlmSettings.from(env)) {
      case LlmSettings.Reading.Off off -> Phraser.plainOnly(metrics);
      case LlmSettings.Reading.On on -> Phraser.of(on.settings(), metrics);
      case LlmSettings.Reading.Invalid invalid -> throw new UsageException(invalid.message());
    };
  }

  /**
   * The diagnosis JSON, then what the CLI adds: why each piece of missing evidence is missing (a collector's
   * recorded refusal, or not in the bundle), the questions to ask next, who phrased the explanation, whether AWS's
   * simulator agrees (with {@code --live}), and the explanation last, as in spec/cli.md.
   */
  private static ObjectNode json(Diagnosis d, Phrasing phrasing, String simulator, Bundle bundle) {
    ObjectNode node = DiagnosisJson.toJson(d);
    for (JsonNode u : node.path("unchecked")) {
      ((ObjectNode) u).put("why", dev.s3403.diagnostics.diagnosis.Unchecked.why(u.path("what").asText(), bundle));
    }
    phrasing.questionIds().forEach(node.putArray("askNext")::add);
    node.put("explanationBy", phrasing.source() == Phrasing.Source.MODEL ? "model" : "plain");
    if (simulator != null) node.put("awsSimulator", simulator);
    node.put("explanation", phrasing.text());
    return node;
  }

  /** A bundle file read whole; any error makes it unusable, with its JSON pointer. */
  private Bundle bundle(String file) {
    String content = file.equals("-") ? Inputs.read(in, "standard input") : Inputs.readFile(file);
    var read = EvidenceReader.read(content);
    String name = file.equals("-") ? "the bundle on standard input" : "`" + file + "`";
    if (!read.errors().isEmpty()) {
      String more = read.errors().size() == 1 ? "" : " (and %d more)".formatted(read.errors().size() - 1);
      throw new UsageException(name + ": " + read.errors().getFirst().line() + more);
    }
    read.warnings().forEach(w -> err.println("s3-403 diagnose: " + name + ": warning: " + w.line()));
    return read.bundle();
  }

  /**
   * A pasted AWS CLI output (or policy document) read as the evidence it is, for the request the error and the
   * evidence so far name; one that cannot be placed is unusable input, with the reason.
   */
  private Bundle pasted(String file, dev.s3403.diagnostics.parse.ParsedError parsed, Bundle bundle) {
    String content = Inputs.readFile(file);
    var ctx = dev.s3403.diagnostics.evidence.paste.Context.from(bundle);
    if (ctx.bucket() == null && parsed.bucket() != null) ctx = ctx.withBucket(parsed.bucket());
    if (ctx.key() == null && parsed.key() != null) ctx = ctx.withKey(parsed.key());
    if (ctx.principalArn() == null && parsed.principalArn() != null) ctx = ctx.withPrincipal(parsed.principalArn());
    return switch (dev.s3403.diagnostics.evidence.paste.PastedOutputs.recognize(content, ctx)) {
      case dev.s3403.diagnostics.evidence.paste.Recognition.Recognized r -> {
        r.notes().forEach(n -> err.println("s3-403 diagnose: `" + file + "`: " + n));
        yield dev.s3403.diagnostics.evidence.Evidence.merge(bundle, r.evidence()).bundle();
      }
      case dev.s3403.diagnostics.evidence.paste.Recognition.NotRecognized n ->
          throw new UsageException("`" + file + "`: " + n.why());
    };
  }

  /** {@code {"question-id": "answer"}}; an unknown question or answer is unusable input, named by its pointer. */
  private Map<String, String> answers(String file) {
    String content = file.equals("-") ? Inputs.read(in, "standard input") : Inputs.readFile(file);
    String name = file.equals("-") ? "the answers on standard input" : "`" + file + "`";
    JsonNode node;
    try {
      node = STRICT.readTree(content);
    } catch (JsonProcessingException e) {
      throw new UsageException(name + " is not JSON: " + e.getOriginalMessage());
    }
    String problem = AnswersCheck.problem(node);
    if (problem != null) throw new UsageException(name + ": " + problem);
    Map<String, String> out = new LinkedHashMap<>();
    node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  /** Scenario lines in, one JSON line out each, in order; a line that cannot be used is answered with its error. */
  private int batch(String file) {
    String content = file.equals("-") ? Inputs.read(in, "standard input") : Inputs.readFile(file);
    Batch.run(content, JSON, out, this::answer);
    return Cli.OK;
  }

  private void answer(JsonNode input, int lineNumber, ObjectNode answer) {
    JsonNode error = input.isObject() ? input.get("error") : null;
    if (error == null || !error.isTextual()) {
      answer.put("error", "line %d: `/error` must be the pasted error text".formatted(lineNumber));
      return;
    }
    Map<String, String> answers = new LinkedHashMap<>();
    if (input.hasNonNull("answers")) {
      String problem = AnswersCheck.problem(input.get("answers"));
      if (problem != null) {
        answer.put("error", "line %d: /answers%s".formatted(lineNumber, problem.startsWith("/") ? problem : ": " + problem));
        return;
      }
      input.get("answers").properties().forEach(e -> answers.put(e.getKey(), e.getValue().asText()));
    }
    Bundle bundle = Bundle.empty();
    if (input.hasNonNull("bundle")) {
      var read = EvidenceReader.read(input.get("bundle"));
      if (!read.errors().isEmpty()) {
        answer.put("error", "line %d: /bundle%s".formatted(lineNumber, read.errors().getFirst().line().startsWith("(root)")
            ? read.errors().getFirst().line().substring("(root)".length()) : read.errors().getFirst().line()));
        return;
      }
      bundle = read.bundle();
    }
    Diagnosis d = diagnoser.diagnose(error.asText(), bundle, answers);
    answer.setAll(DiagnosisJson.toJson(d, Task.EXPLAIN.plain(d)));
  }

  private static String pretty(ObjectNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree we built cannot fail to print", e);
    }
  }

  /** The command line of {@code diagnose}. */
  record Options(String text, String bundle, String answers, String batch, Format format, List<String> pastes,
      boolean noLlm, boolean live, List<String> liveArgs) {
    static Options parse(String[] args, boolean terminal) {
      List<String> words = new ArrayList<>();
      String bundle = null;
      String answers = null;
      String batch = null;
      List<String> pastes = new ArrayList<>();
      Format format = terminal ? Format.TEXT : Format.JSON;
      boolean noLlm = false;
      boolean live = false;
      List<String> liveArgs = new ArrayList<>();
      boolean literal = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (!literal && (a.equals("--help") || a.equals("-h"))) throw new HelpRequested();
        if (literal || !a.startsWith("--")) {
          words.add(a);
        } else if (a.equals("--")) {
          literal = true;
        } else if (a.equals("--no-llm")) {
          noLlm = true;
        } else if (a.equals("--live")) {
          live = true;
        } else if (LiveEvidence.OPTIONS.stream().anyMatch(o -> a.equals(o) || a.startsWith(o + "="))) {
          liveArgs.add(a);
          if (!a.contains("=")) liveArgs.add(value(args, a, a, i++));
        } else if (a.startsWith("--format")) {
          format = Format.of(value(args, a, "--format", i));
          if (!a.contains("=")) i++;
        } else if (a.startsWith("--bundle")) {
          bundle = value(args, a, "--bundle", i);
          if (!a.contains("=")) i++;
        } else if (a.startsWith("--answers")) {
          answers = value(args, a, "--answers", i);
          if (!a.contains("=")) i++;
        } else if (a.startsWith("--paste")) {
          pastes.add(value(args, a, "--paste", i));
          if (!a.contains("=")) i++;
        } else if (a.startsWith("--batch")) {
          batch = value(args, a, "--batch", i);
          if (!a.contains("=")) i++;
        } else {
          throw new UsageException("unknown option `" + a + "`; options are --bundle, --paste, --answers, --format, --batch, --no-llm and --live (with the options of collect)");
        }
      }
      if (batch != null && !words.isEmpty()) throw new UsageException("give either TEXT or --batch FILE, not both");
      String text = words.isEmpty() || words.equals(List.of("-")) ? null : String.join(" ", words);
      if (!live && !liveArgs.isEmpty()) throw new UsageException(liveArgs.getFirst() + " belongs with --live");
      if (live && batch != null) throw new UsageException("--live collects for one error; it does not go with --batch");
      return new Options(text, bundle, answers, batch, format, pastes, noLlm, live, liveArgs);
    }

    private static String value(String[] args, String a, String option, int i) {
      if (a.startsWith(option + "=")) return a.substring(option.length() + 1);
      if (!a.equals(option)) throw new UsageException("unknown option `" + a + "`");
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) throw new UsageException(option + " needs a value");
      return args[i + 1];
    }
  }
}
