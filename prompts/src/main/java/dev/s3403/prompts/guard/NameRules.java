package dev.s3403.prompts.guard;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of name a model can invent, each with the pattern that finds it in an answer. A name the facts do not
 * contain, character for character, is invented.
 */
final class NameRules {
  /** A kind of name; {@code counts} tells a name from an ordinary word the pattern also catches. */
  private record Rule(String what, Pattern pattern, Predicate<String> counts) {}

  static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\\d{0,12}:[^\\s\"'`),;]+");
  static final Pattern ACCOUNT = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

  private static final List<Rule> RULES = List.of(
      rule("an ARN", ARN.pattern()),
      rule("an account id", ACCOUNT.pattern()),
      // IAM actions and condition keys: `s3:PutObject`, `aws:SourceVpce`, `s3:x-amz-acl`.
      rule("an IAM action or condition key",
          "\\b(?:s3|s3express|kms|iam|sts|ec2|organizations|s3-object-lambda|aws):[A-Za-z*][A-Za-z0-9*/_-]*\\b"),
      rule("a quoted name", "`([^`\\s]{3,})`"),
      rule("a bucket", "s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])"),
      // Only names with a digit, a dot or a hyphen: "your bucket" names none.
      new Rule("a bucket", Pattern.compile("(?i)\\bbucket\\s+(?:named\\s+|called\\s+)?[`'\"]?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])"),
          NameRules::hasBucketMark),
      new Rule("a bucket", Pattern.compile("(?i)\\b([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])[`'\"]?\\s+bucket\\b"), NameRules::hasBucketMark),
      new Rule("a statement, policy or principal name", Pattern.compile(
          "(?i)\\b(?:statement|sid|policy|role|user|group|profile|alias)\\s+(?:named\\s+|called\\s+|id\\s+)?[`'\"]?([A-Za-z0-9_+=,.@/-]{3,})"),
          NameRules::looksLikeAnId),
      rule("a resource id", "\\b((?:vpce|vpc|ou|o|r|i|sg|subnet|eni)-[a-z0-9]{6,}(?:-[a-z0-9]{6,})?)\\b"),
      rule("a key id", "\\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|alias/[A-Za-z0-9/_-]+|mrk-[0-9a-f]{32})\\b"),
      rule("an IP address", "(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){3}(?:/\\d{1,2})?)(?![\\d.])"),
      rule("a link", "\\b((?:https?|ftp)://[^\\s)>\\]`'\"]+)"),
      rule("an email address", "\\b([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})\\b"));

  private NameRules() {}

  private static Rule rule(String what, String regex) {
    return new Rule(what, Pattern.compile(regex), s -> true);
  }

  /** What kind of invented name the answer holds, or null when every name it uses is in the facts. */
  static String firstInvented(String answer, String facts) {
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(answer);
      while (m.find()) {
        // A sentence's full stop is not part of the name it ends with.
        String found = (m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group()).replaceAll("[.,:;!?]+$", "");
        if (r.counts().test(found) && !facts.contains(found)) return r.what();
      }
    }
    return null;
  }

  private static boolean hasBucketMark(String name) {
    return name.matches(".*[0-9.-].*");
  }

  /** `DenyOutsideVpce`, `RoutePlansRW`, `s3-403-fix`: not an English word such as "that" or "allows". */
  static boolean looksLikeAnId(String token) {
    return token.length() >= 3 && (token.substring(1).chars().anyMatch(Character::isUpperCase)
        || token.chars().anyMatch(c -> Character.isDigit(c) || c == '_' || c == '-'));
  }
}
