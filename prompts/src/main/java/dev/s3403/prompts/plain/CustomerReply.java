package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Question;
import dev.s3403.diagnostics.eval.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reply a support engineer can send: what blocks the request, who changes what, and what to send back. Generic
 * words only ("your bucket policy", "the KMS key"): no account ids, ARNs, statement names, commands or JSON.
 */
final class CustomerReply {
  private static final String ASK_AGAIN = "if anything here doesn't match what you see, reply with the exact command or "
      + "code you ran and the full error message, and we'll take another look";
  private static final Map<String, String> HOW_MADE = Map.of("direct", "directly with the AWS CLI or an SDK",
      "presigned-url", "through a presigned URL", "cloudfront", "through CloudFront", "website-endpoint",
      "through the bucket's website endpoint", "access-point", "through an access point", "console", "in the AWS console");

  private CustomerReply() {}

  static String of(Diagnosis d) {
    Cause top = d.top();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("Hi,");
    if (top == null) {
      boolean denied = d.parsed() != null && d.parsed().isAccessDenied();
      paragraphs.add(Prose.join(List.of(denied
          ? "thanks for sending the error. The message alone doesn't tell us yet why your request was refused"
          : "thanks for sending this. It doesn't look like an access error from Amazon S3, so we can't tell from it what went wrong",
          "could you send us the complete error message, exactly as it appears, and the command or code that produced it?")));
      return String.join("\n\n", paragraphs);
    }
    boolean open = top.fromText() && top.status() != Status.CONFIRMED;
    paragraphs.add(open ? openCause(d, top) : cause(d, top));
    List<String> change = new ArrayList<>(fix(d, top, open ? "if it's the first of these, " : ""));
    change.add(others(d, top));
    paragraphs.add(Prose.join(change));
    paragraphs.add(Prose.join(List.of(closing(d))));
    return String.join("\n\n", paragraphs);
  }

  private static String cause(Diagnosis d, Cause top) {
    String certainty = top.status() == Status.CONFIRMED ? " was refused because " : " was most likely refused because ";
    return Prose.join(List.of("thanks for sending the error. We looked into it: " + Task.of(d) + certainty + title(d, top)));
  }

  private static String openCause(Diagnosis d, Cause top) {
    List<String> titles = d.causes().stream()
        .filter(c -> c.status() == Status.LIKELY || c.status() == Status.POSSIBLE || c.status() == Status.CONFIRMED)
        .map(c -> title(d, c)).distinct().limit(3).toList();
    String reasons = titles.size() == 1 ? "the most likely reason is " + Prose.thatList(titles, "or")
        : "the most likely reasons are " + Prose.thatList(titles, "or");
    return Prose.join(List.of("thanks for sending the error. The message alone doesn't tell us for certain why "
        + Task.of(d) + " was refused", reasons));
  }

  private static List<String> fix(Diagnosis d, Cause top, String condition) {
    Owner owner = top.info().owner();
    String who = Who.forCustomer(d, owner);
    String canFix = condition + (who.equals("you") ? "you can fix this on your side" : who + " can fix this");
    String how = FixWords.withoutAlternative(FixWords.how(top.fix()));
    if (how == null) return List.of(canFix + " " + generic(owner));
    how = Names.forCustomer(how, d);
    return FixWords.isSentence(how) ? List.of(canFix, how) : List.of(canFix + ": " + how);
  }

  private static String generic(Owner owner) {
    return switch (owner == null ? Owner.CALLER : owner) {
      case CALLER -> "by changing how the request is made";
      case PRINCIPAL_ACCOUNT -> "by updating the IAM policies of the user or role you use";
      case BUCKET_OWNER -> "by updating the bucket's policy or settings";
      case KEY_OWNER -> "by allowing your user or role in the KMS key's policy";
      case ORGANIZATION -> "by adjusting the organization policy that blocks the request";
      case SERVICE_CONFIGURATION -> "by reviewing how that service reaches the bucket";
    };
  }

  private static String others(Diagnosis d, Cause top) {
    List<String> titles = Causes.otherConfirmed(d, top).stream().map(c -> title(d, c)).distinct().limit(3).toList();
    return switch (titles.size()) {
      case 0 -> "";
      case 1 -> "one more thing also blocks the request: " + titles.getFirst();
      default -> (titles.size() == 2 ? "two" : "three") + " more things also block the request: " + Prose.list(titles, "and");
    };
  }

  private static String closing(Diagnosis d) {
    String question = Settle.question(d);
    if (question == null) return ASK_AGAIN;
    Question q = d.questions().getFirst();
    if (q.id() != null && q.id().equals("request-path")) {
      List<String> ways = q.options().stream().map(HOW_MADE::get).filter(w -> w != null).toList();
      if (!ways.isEmpty()) {
        return "if you're not sure, it would help to know how you made the request: " + String.join(", ", ways.subList(0, ways.size() - 1))
            + (ways.size() > 1 ? ", or " : "") + ways.getLast() + "?";
      }
    }
    return "if you're not sure, it would help to know: " + Prose.capitalize(Names.forCustomer(question, d));
  }

  /** The cause's title said to the caller, with "the action" named when exactly one action was denied. */
  private static String title(Diagnosis d, Cause c) {
    String title = Names.forCustomer(Causes.title(c), d);
    List<String> denied = d.outcomes().stream()
        .filter(o -> o.decision() != null && o.action() != null && o.decision().verdict() != Decision.Verdict.ALLOWED)
        .map(o -> o.action().action()).filter(a -> a != null).distinct().toList();
    if (denied.size() == 1) title = title.replaceFirst("\\bthe action\\b", "`" + denied.getFirst() + "`");
    return Prose.backtickNames(title);
  }
}
