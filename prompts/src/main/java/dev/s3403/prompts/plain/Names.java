package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.resolve.ResolvedRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Engine words made fit for a customer: ARNs, account ids and canonical ids become generic words ("your IAM
 * role", "the KMS key", "your account"), statement and policy names go, and "the caller" becomes "you".
 */
final class Names {
  private static final Pattern ARN = Pattern.compile("`?arn:aws[a-z-]*:([a-z0-9-]+):[a-z0-9-]*:(\\d{12})?:([^\\s`'\",;()]+?)`?(?=[\\s'\",;()]|[.:](?:\\s|$)|$)");
  private static final Pattern ACCOUNT = Pattern.compile("`?(?<!\\d)(\\d{12})(?!\\d)`?");
  private static final Pattern NAMED_ACCOUNT = Pattern.compile("\\baccount (`?\\d{12}`?)(?!\\d)");
  private static final Pattern CANONICAL_ID = Pattern.compile("`?\\b[0-9a-f]{64}\\b`?");
  private static final Pattern STATEMENT = Pattern.compile("\\bstatement `[^`]+`");
  private static final Pattern NAMED_POLICY = Pattern.compile("\\b(SCP|policy) `[^`]+`");
  private static final Pattern ENDPOINT = Pattern.compile("`?\\bvpce-[0-9a-f]+\\b`?");

  private Names() {}

  /** "the bucket `name`", or null when there is no name or it carries an account id (CDK asset buckets do). */
  static String bucket(String name) {
    if (name == null || name.isBlank() || ACCOUNT.matcher(name).find()) return null;
    return "the bucket `" + name + "`";
  }

  /** Text that names no ARN, account id, canonical id, statement or policy name. */
  static String forCustomer(String text, Diagnosis d) {
    if (text == null) return "";
    ResolvedRequest r = d.request();
    String s = replace(ARN, text, m -> resource(m.group(1), m.group(3)));
    s = NAMED_ACCOUNT.matcher(s).replaceAll("$1");
    s = replace(ACCOUNT, s, m -> r != null && m.group(1).equals(r.principalAccount()) ? "your account"
        : r != null && m.group(1).equals(r.bucketAccount()) ? "the bucket owner's account" : "another account");
    s = replace(CANONICAL_ID, s, m -> "the account");
    s = STATEMENT.matcher(s).replaceAll("the statement");
    s = NAMED_POLICY.matcher(s).replaceAll("$1").replace("the SCP", "the service control policy");
    s = ENDPOINT.matcher(s).replaceAll("your VPC endpoint");
    return caller(s);
  }

  /** The engine's "the caller" said to the caller. */
  static String caller(String s) {
    return s.replace("identity-based policy of the caller", "IAM policy of the user or role you use")
        .replace("identity-based policies of the caller", "IAM policies of the user or role you use")
        .replace("the caller's own policies", "your own IAM policies")
        .replace("the caller's", "your")
        .replace("the caller is", "you are")
        .replace("the caller may", "you may")
        .replace("the caller", "you")
        .replace("the identity policy", "your IAM policy")
        .replace("another principal than", "another identity than");
  }

  private static String resource(String service, String rest) {
    return switch (service) {
      case "s3" -> rest.contains("/") ? (rest.endsWith("/*") ? "the objects in " + bucketOrIt(rest) : "that object")
          : bucketOrIt(rest);
      case "kms" -> "the KMS key";
      case "iam", "sts" -> rest.startsWith("user/") ? "your IAM user" : rest.startsWith("role/") || rest.startsWith("assumed-role/")
          ? "your IAM role" : "your IAM identity";
      default -> "the resource";
    };
  }

  private static String bucketOrIt(String rest) {
    String name = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    String bucket = bucket(name);
    return bucket == null ? "the bucket" : bucket;
  }

  private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> words) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(words.apply(m)));
    m.appendTail(out);
    return out.toString();
  }
}
