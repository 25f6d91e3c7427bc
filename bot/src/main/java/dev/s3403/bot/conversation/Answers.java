package dev.s3403.bot.conversation;

import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Question;
import dev.s3403.diagnostics.diagnosis.Questions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers to the diagnosis's questions, typed in a reply or clicked on a button, checked against the questions: an
 * answer the diagnosis cannot use is ignored with the ones it can, never passed on (the diagnoser reads any answer
 * but "yes" as "no").
 */
final class Answers {
  /** {@code question-id: option} or {@code question-id = option}, on one line; an option is words, not a value. */
  private static final Pattern PAIR =
      Pattern.compile("([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)\\s*[:=]\\s*([A-Za-z][A-Za-z _-]{0,39}?)\\s*[.!]?");

  private Answers() {}

  /**
   * A reply read as an answer: an {@link Input.Answer}, an {@link Input.Ignored} attempt at one (unknown question or
   * option), or null when it is no answer at all.
   */
  static Input read(String text, Diagnosis d) {
    String line = text.strip().replaceAll("[`'\"*_]", "");
    if (line.isEmpty() || line.contains("\n")) return null;
    Matcher pair = PAIR.matcher(line);
    if (!pair.matches()) return bare(line, d);
    // An unknown id is an attempt at an answer only when what follows is an answer:
    // `follow-up: what about the SCP` is a question.
    Map<String, List<String>> known = known(d);
    boolean answerLike = find(known.keySet(), pair.group(1)) != null
        || known.values().stream().anyMatch(options -> find(options, pair.group(2)) != null);
    return answerLike ? check(pair.group(1), pair.group(2), d) : null;
  }

  /**
   * An answer to a question the diagnosis asks, or to one it asked before or could ask (a button on an older message,
   * a corrected answer); ids and options match without regard to case.
   *
   * @param d the diagnosis whose open questions the reason names; null names none
   */
  static Input check(String questionId, String answer, Diagnosis d) {
    List<Question> open = d == null ? List.of() : d.questions();
    Map<String, List<String>> known = known(d);
    String id = find(known.keySet(), questionId);
    if (id == null) {
      return new Input.Ignored(open.isEmpty()
          ? "`%s` is not a question s3-403 asks, and no question is open".formatted(clip(questionId))
          : "`%s` is not a question s3-403 asks: open questions are %s".formatted(clip(questionId), describe(open)));
    }
    String option = find(known.get(id), answer);
    if (option == null) {
      return new Input.Ignored("`%s` is not an answer to `%s`: answer one of %s".formatted(clip(answer), id,
          known.get(id).stream().map(o -> "`" + o + "`").collect(Collectors.joining(", "))));
    }
    return new Input.Answer(id, option);
  }

  /** The questions an answer may be for, with their options: the open ones first, then every other s3-403 asks. */
  private static Map<String, List<String>> known(Diagnosis d) {
    Map<String, List<String>> known = new LinkedHashMap<>();
    if (d != null) d.questions().forEach(q -> known.put(q.id(), q.options()));
    Questions.catalogue().forEach(known::putIfAbsent);
    return known;
  }

  /** The answers a restored conversation may use: those to known questions with known options, the rest dropped. */
  static Map<String, String> usable(Map<?, ?> answers) {
    Map<String, String> out = new LinkedHashMap<>();
    if (answers == null) return out;
    answers.forEach((id, answer) -> {
      if (id instanceof String i && answer instanceof String a
          && check(i, a, null) instanceof Input.Answer(String question, String option)) {
        out.put(question, option);
      }
    });
    return out;
  }

  /** A bare option ("yes", "cloudfront") answers the one open question that has it. */
  private static Input bare(String line, Diagnosis d) {
    String said = line.replaceAll("[.!]+$", "");
    List<Question> having = d.questions().stream().filter(q -> find(q.options(), said) != null).toList();
    if (having.isEmpty()) return null;
    if (having.size() == 1) return new Input.Answer(having.getFirst().id(), find(having.getFirst().options(), said));
    return new Input.Ignored("`%s` answers more than one open question: reply %s".formatted(clip(said),
        having.stream().map(q -> "`%s: %s`".formatted(q.id(), find(q.options(), said)))
            .collect(Collectors.joining(" or "))));
  }

  /** The open questions and their options, for a reason: {@code `object-exists` (yes, no, not sure)}. */
  static String describe(List<Question> questions) {
    return questions.stream().map(q -> "`%s` (%s)".formatted(q.id(), String.join(", ", q.options())))
        .collect(Collectors.joining(", "));
  }

  /** The candidate {@code said} names, whatever its case and whether words are joined by spaces or hyphens. */
  private static String find(Iterable<String> candidates, String said) {
    if (said == null) return null;
    String wanted = normal(said);
    for (String c : candidates) {
      if (normal(c).equals(wanted)) return c;
    }
    return null;
  }

  private static String normal(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
  }

  private static String clip(String s) {
    String one = s == null ? "" : s.replaceAll("[\\s`]+", " ").strip();
    return one.length() <= 60 ? one : one.substring(0, 59) + "\u2026";
  }
}
