package dev.s3403.prompts.redact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from pasted text before anything leaves the process (a model, a log): access key ids, secret
 * keys, session tokens, presigned-URL signatures and credentials, Slack tokens and webhooks, passwords in URLs,
 * bearer tokens. Each is replaced by a marker naming its kind, so the text still reads ("the URL was signed with
 * [access key id]"). Unique ids such as AROA… are not secrets and stay.
 */
public final class Redactor {
  private Redactor() {}

  /** The text without secrets, and how many of each kind were removed. */
  public record Redacted(String text, Map<String, Integer> removed) {
    public Redacted {
      removed = Map.copyOf(removed);
    }

    public boolean any() {
      return !removed.isEmpty();
    }
  }

  private record Rule(String kind, Pattern pattern, int group) {}

  /** Order matters: URL parameters and key=value forms first, then bare tokens. */
  private static final List<Rule> RULES = List.of(
      new Rule("session token", Pattern.compile("(?i)(x-amz-security-token=)([^&\\s\"'<>]+)"), 2),
      new Rule("signature", Pattern.compile("(?i)(x-amz-signature=)([0-9a-f]{16,})"), 2),
      new Rule("signature", Pattern.compile("(?i)([?&]Signature=)([^&\\s\"'<>]+)"), 2),
      new Rule("signature", Pattern.compile("(?i)(Signature=)([0-9a-f]{64})"), 2),
      new Rule("secret access key", Pattern.compile(
          "(?i)((?:aws_secret_access_key|secret_access_key|secretaccesskey|aws-secret-access-key)[\"']?\\s*[:=]\\s*[\"']?)([A-Za-z0-9/+=]{30,})"), 2),
      new Rule("session token", Pattern.compile(
          "(?i)((?:aws_session_token|session_token|sessiontoken|aws_security_token)[\"']?\\s*[:=]\\s*[\"']?)([A-Za-z0-9/+=]{20,})"), 2),
      new Rule("password", Pattern.compile("(?i)([a-z][a-z0-9+.-]*://[^\\s:/@]+:)([^\\s@/]+)(?=@)"), 2),
      new Rule("password", Pattern.compile("(?i)((?:password|passwd|pwd)[\"']?\\s*[:=]\\s*[\"']?)([^\\s\"'&,;]+)"), 2),
      new Rule("bearer token", Pattern.compile("(?i)(bearer\\s+)([A-Za-z0-9._~+/=-]{16,})"), 2),
      new Rule("Slack webhook", Pattern.compile("(https://hooks\\.slack\\.com/services/)([A-Za-z0-9/]+)"), 2),
      new Rule("Slack token", Pattern.compile("()\\b(xox[abposre]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,})"), 2),
      new Rule("access key id", Pattern.compile("()\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\\b"), 2),
      // A bare 40-character secret key: mixed case with a slash or plus, which ids and hashes never have.
      new Rule("secret access key", Pattern.compile("()(?<![A-Za-z0-9/+=])((?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[/+])[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"), 2),
      // Session tokens start with these prefixes and run for hundreds of characters.
      new Rule("session token", Pattern.compile("()\\b((?:IQoJb3JpZ2lu|FwoGZXIvYXdz|AQoDYXdzE)[A-Za-z0-9/+=%]{20,})"), 2));

  public static Redacted redact(String text) {
    if (text == null || text.isEmpty()) return new Redacted(text == null ? "" : text, Map.of());
    Map<String, Integer> removed = new LinkedHashMap<>();
    String out = text;
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(out);
      StringBuilder sb = new StringBuilder();
      int count = 0;
      while (m.find()) {
        count++;
        m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "[" + rule.kind() + "]"));
      }
      m.appendTail(sb);
      if (count > 0) {
        removed.merge(rule.kind(), count, Integer::sum);
        out = sb.toString();
      }
    }
    return new Redacted(out, removed);
  }

  /** The kinds of secret this redactor knows, for the documentation and the tests. */
  public static List<String> kinds() {
    List<String> out = new ArrayList<>();
    RULES.forEach(r -> {
      if (!out.contains(r.kind())) out.add(r.kind());
    });
    return out;
  }
}
