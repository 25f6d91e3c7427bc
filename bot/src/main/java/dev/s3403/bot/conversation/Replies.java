package dev.s3403.bot.conversation;

import dev.s3403.diagnostics.diagnosis.Diagnoser;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Evidence;
import dev.s3403.diagnostics.evidence.Note;
import dev.s3403.diagnostics.evidence.paste.Context;
import dev.s3403.diagnostics.evidence.paste.PastedOutputs;
import dev.s3403.diagnostics.evidence.paste.Recognition;
import dev.s3403.diagnostics.parse.ErrorParser;
import dev.s3403.diagnostics.parse.ParsedError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a message reads in a conversation, and the conversation it leaves: the one classification that the live turns
 * and the replay after a restart share. Deterministic; no phrasing and no model here.
 */
final class Replies {
  /**
   * A message that starts like an output (a code block, JSON, XML, a table) or an AWS CLI command line was meant as
   * evidence, even when it cannot be placed. Not a Slack mention or link: those start with {@code <@} and
   * {@code <http}.
   */
  private static final Pattern PASTED = Pattern.compile("(?s)\\s*(```|\\{|\\[\\s*[\\[{\"\\]]|<\\?xml|<[A-Z]\\w*>"
      + "|(\\$|>|PS>)?\\s*aws\\s+[a-z0-9-]+\\s+[a-z]|[+|-]-{3}).*");

  private final Diagnoser diagnoser = new Diagnoser();
  private final ErrorParser parser = new ErrorParser();

  /** A message read, and the conversation after it. */
  record Step(Input input, Conversation after) {}

  /** The first message, the pasted error, with the answers the conversation had (none when it is new). */
  Conversation start(String errorText, Map<String, String> answers) {
    String text = Objects.requireNonNullElse(errorText, "");
    return diagnosed(text, Bundle.empty(), answers, List.of(text));
  }

  /**
   * A thread reply, read in this order: an answer to an open question, pasted evidence, a new error, then a free
   * question; an empty message, or a paste that cannot be placed, is ignored with the reason.
   */
  Step read(Conversation c, String message) {
    String text = Objects.requireNonNullElse(message, "");
    if (text.isBlank()) return unchanged(c, text, new Input.Ignored("the message is empty"));
    Input answer = Answers.read(text, c.diagnosis());
    if (answer instanceof Input.Answer a) return answered(c, text, a);
    if (answer != null) return unchanged(c, text, answer);
    Recognition recognition = PastedOutputs.recognize(text, context(c));
    if (recognition instanceof Recognition.Recognized r) {
      Evidence.Merged merged = Evidence.merge(c.evidence(), r.evidence());
      List<String> notes = new ArrayList<>(r.notes());
      merged.notes().stream().map(Note::line).forEach(notes::add);
      return new Step(new Input.Evidence(what(r.command()), notes),
          diagnosed(c.errorText(), merged.bundle(), c.answers(), with(c.inputs(), text)));
    }
    ParsedError parsed = parser.parse(text);
    if (parsed.isAccessDenied() && (parsed.operation() != null || parsed.message() != null)) {
      return new Step(new Input.NewError(), diagnosed(text, c.evidence(), c.answers(), with(c.inputs(), text)));
    }
    if (recognition instanceof Recognition.NotRecognized n && PASTED.matcher(text).matches()) {
      return unchanged(c, text, new Input.Ignored(n.why()));
    }
    return unchanged(c, text, new Input.Question(text));
  }

  /**
   * Evidence that came as a whole bundle (a live collection, an uploaded bundle file), merged as a paste is; the
   * inputs record what it was, not its content.
   */
  Step evidence(Conversation c, Bundle given, String what) {
    Evidence.Merged merged = Evidence.merge(c.evidence(), given);
    List<String> notes = merged.notes().stream().map(Note::line).toList();
    return new Step(new Input.Evidence(what, notes),
        diagnosed(c.errorText(), merged.bundle(), c.answers(), with(c.inputs(), "[" + what + "]")));
  }

  /** A button's answer, recorded as the reply that would give it. */
  Step answer(Conversation c, String questionId, String answer) {
    String text = Objects.requireNonNullElse(questionId, "") + ": " + Objects.requireNonNullElse(answer, "");
    return switch (Answers.check(questionId, answer, c.diagnosis())) {
      case Input.Answer a -> answered(c, text, a);
      case Input other -> unchanged(c, text, other);
    };
  }

  private Step answered(Conversation c, String text, Input.Answer a) {
    Map<String, String> answers = new LinkedHashMap<>(c.answers());
    answers.put(a.questionId(), a.answer());
    return new Step(a, diagnosed(c.errorText(), c.evidence(), answers, with(c.inputs(), text)));
  }

  private static Step unchanged(Conversation c, String text, Input input) {
    return new Step(input, new Conversation(c.errorText(), c.evidence(), c.answers(), with(c.inputs(), text),
        c.diagnosis()));
  }

  private Conversation diagnosed(String errorText, Bundle evidence, Map<String, String> answers, List<String> inputs) {
    return new Conversation(errorText, evidence, answers, inputs, diagnoser.diagnose(errorText, evidence, answers));
  }

  /** What the conversation knows for outputs that do not name their subject, as {@code diagnose --paste} builds it. */
  private static Context context(Conversation c) {
    ParsedError parsed = c.diagnosis().parsed();
    Context ctx = Context.from(c.evidence());
    if (ctx.bucket() == null && parsed.bucket() != null) ctx = ctx.withBucket(parsed.bucket());
    if (ctx.key() == null && parsed.key() != null) ctx = ctx.withKey(parsed.key());
    if (ctx.principalArn() == null && parsed.principalArn() != null) ctx = ctx.withPrincipal(parsed.principalArn());
    return ctx;
  }

  /** {@code aws s3api get-bucket-policy output}; a bare policy is {@code an IAM policy document}. */
  private static String what(String commands) {
    return Arrays.stream(commands.split(", "))
        .map(c -> c.startsWith("aws ") ? c + " output" : c)
        .collect(Collectors.joining(" and "));
  }

  private static List<String> with(List<String> inputs, String text) {
    List<String> out = new ArrayList<>(inputs);
    out.add(text);
    return out;
  }
}
