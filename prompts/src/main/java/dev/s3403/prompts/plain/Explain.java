package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.resolve.RequestDecision;
import java.util.ArrayList;
import java.util.List;

/** The engineer's explanation: the cause and its certainty, why, who fixes it and how, what else blocks, what to ask. */
final class Explain {
  /** Past this, the explanation stops being a summary: the other causes and the fix's alternative are cut short. */
  static final int BUDGET = 900;
  private static final int MOST_OTHERS = 3;

  private Explain() {}

  static String of(Diagnosis d) {
    Cause top = d.top();
    if (top == null) return noCause(d);
    if (top.fromText() && top.status() != Status.CONFIRMED) return fromMessage(d, top);
    String full = found(d, top, false);
    return full.length() <= BUDGET ? full : found(d, top, true);
  }

  private static String noCause(Diagnosis d) {
    if (d.parsed() == null || !d.parsed().isAccessDenied()) {
      return Prose.join(List.of("this text does not look like an access denial from S3 or KMS, so there is nothing in it to diagnose",
          "paste the whole error message AWS returned, with the operation it names"));
    }
    return Prose.join(List.of("nothing in the error message or the evidence points at a cause yet", Settle.next(d)));
  }

  /** The evidence (or AWS's own wording) speaks for the top cause. */
  private static String found(Diagnosis d, Cause top, boolean brief) {
    List<String> out = new ArrayList<>();
    out.add(headline(d, top));
    out.add(Why.of(d, top));
    out.addAll(fix(d, top, "", brief));
    out.add(others(d, top, brief));
    String question = Settle.question(d);
    if (question != null) out.add("to narrow it down: " + Prose.capitalize(question));
    return Prose.join(out);
  }

  private static String headline(Diagnosis d, Cause top) {
    String request = request(d);
    boolean allowed = d.decision() == RequestDecision.ALLOWED;
    return switch (top.status()) {
      case CONFIRMED -> allowed
          ? "the policies in the evidence allow " + request + ", so it was denied for another reason, which the evidence "
              + "confirms: " + title(top)
          : (top.fromText() ? "AWS's own error message confirms why " : "the evidence confirms why ") + request
              + " was denied: " + title(top);
      case LIKELY -> allowed
          ? "the policies in the evidence allow " + request + ", so it was most likely denied because " + title(top)
          : request + " was most likely denied because " + title(top);
      case POSSIBLE, RULED_OUT, SILENT -> request + " was possibly denied because " + title(top);
    };
  }

  /** Only the error text speaks, and not for certain: the likeliest causes, and what would settle them. */
  private static String fromMessage(Diagnosis d, Cause top) {
    String quote = Why.quote(top);
    String lead = quote.isEmpty() ? "going by the error message alone, " : "";
    String certainty = top.status() == Status.LIKELY ? " was most likely denied because " : " was possibly denied because ";
    List<String> alternatives = d.causes().stream().skip(1)
        .filter(c -> c.status() == Status.LIKELY || c.status() == Status.POSSIBLE || c.status() == Status.CONFIRMED)
        .map(Explain::title).filter(t -> !t.equals(title(top))).distinct().limit(2).toList();
    List<String> out = new ArrayList<>();
    out.add(quote);
    out.add(lead + request(d) + certainty + title(top)
        + (alternatives.isEmpty() ? "" : "; it could also be " + Prose.thatList(alternatives, "or")));
    out.addAll(fix(d, top, alternatives.isEmpty() || top.status() == Status.LIKELY ? "if so, " : "if it is the first, ", true));
    out.add(Settle.next(d));
    return Prose.join(out);
  }

  /** Who can fix it, and how in one sentence: "An administrator of … can fix it: allow `s3:PutObject` on …". */
  private static List<String> fix(Diagnosis d, Cause top, String condition, boolean brief) {
    String canFix = condition + Who.canFixIt(d, top.info().owner());
    String how = FixWords.how(top.fix());
    if (brief) how = FixWords.withoutAlternative(how);
    if (how == null && top.fix() != null && top.fix().summary() != null && top.fix().summary().startsWith(FixWords.NO_POLICY)) {
      return List.of(canFix + ", but the evidence does not include the policy to change, so the exact change is not written out");
    }
    if (how == null) return List.of(canFix);
    return FixWords.isSentence(how) ? List.of(canFix, how) : List.of(canFix + ": " + how);
  }

  /** The other confirmed causes, leaving out those that restate the top one (same statement, same fix). */
  private static String others(Diagnosis d, Cause top, boolean brief) {
    List<Cause> others = Causes.otherConfirmed(d, top);
    if (others.isEmpty()) return "";
    if (brief) return others.size() == 1 ? "one more cause is confirmed as well" : others.size() + " more causes are confirmed as well";
    return "the evidence also shows " + Prose.thatList(others.stream().map(Explain::title).limit(MOST_OTHERS).toList(), "and");
  }

  static String request(Diagnosis d) {
    String operation = d.request() == null ? null : d.request().operation();
    return operation == null || operation.isBlank() ? "the request" : "the `" + operation + "` request";
  }

  private static String title(Cause c) {
    return Prose.backtickNames(Causes.title(c));
  }
}
