package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.prompts.facts.PolicyNames;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a cause holds, as the engine found it: the cause's detail, with the policy that holds the statement named
 * (from the evaluation trace), or what the error message said when the text alone speaks for the cause.
 */
final class Why {
  private static final Pattern ACTION_ON_ARN = Pattern.compile("`([a-z0-9-]+:[A-Za-z*]+) on (arn:[^`]+)`");
  private static final int LONGEST_QUOTE = 100;

  private Why() {}

  /** One sentence (or none) on what the evidence shows for the cause. */
  static String of(Diagnosis d, Cause c) {
    if (c.fromText()) return quote(c);
    String detail = c.detail() == null ? "" : c.detail().strip();
    if (detail.isEmpty() || detail.startsWith("the error text points here")) return statementsOnly(d, c);
    detail = ACTION_ON_ARN.matcher(detail).replaceAll("`$1` on `$2`");
    for (Finding.EvidenceRef e : c.evidence()) detail = withPolicyName(d, withPolicyKind(detail, e), e);
    detail = Prose.backtickNames(detail);
    return detail.startsWith("`") ? "specifically, " + detail : detail;
  }

  /** What AWS's message said, when it is a whole message short enough to quote (not a paste cut off mid-word). */
  static String quote(Cause c) {
    for (Finding.EvidenceRef e : c.evidence()) {
      String note = e.note() == null ? "" : e.note().strip();
      if (note.equalsIgnoreCase("Access Denied") || note.equalsIgnoreCase("Forbidden")) {
        return "the message says only \"" + note + "\", which fits several causes";
      }
      boolean whole = note.split("\\s+").length >= 3 && !note.startsWith("User:") && !note.contains("arn:");
      if (whole && note.length() <= LONGEST_QUOTE) return "the message says \"" + note + "\"";
    }
    return "";
  }

  private static String statementsOnly(Diagnosis d, Cause c) {
    for (Finding.EvidenceRef e : c.evidence()) {
      if (e.statement() == null || e.source() == null) continue;
      String where = policy(d, e).orElse("the " + e.source());
      return "the evidence points at statement `%s` of %s".formatted(e.statement(), where);
    }
    return "";
  }

  /** "the resource-based policy (bucket or key policy)" to "the key policy" when the evidence is the key's policy. */
  private static String withPolicyKind(String detail, Finding.EvidenceRef e) {
    String source = e.source() == null ? "" : e.source();
    if (!source.endsWith("/policy")) return detail;
    String kind = source.startsWith("/kmsKeys/") ? "the key policy" : source.startsWith("/buckets/") ? "the bucket policy" : null;
    return kind == null ? detail : detail.replace("the resource-based policy (bucket or key policy)", kind);
  }

  /** "statement `S` of the bucket policy" to "statement `S` of the bucket policy of `b`", when the trace knows it. */
  private static String withPolicyName(Diagnosis d, String detail, Finding.EvidenceRef e) {
    if (e.statement() == null) return detail;
    var policy = policy(d, e);
    if (policy.isEmpty()) return detail;
    String statement = "statement `" + e.statement() + "`";
    String generic = e.source() == null ? null : statement + " of the " + e.source();
    if (generic != null && detail.contains(generic)) return detail.replace(generic, statement + " of " + policy.get());
    if (detail.contains(statement + " ") && !detail.contains(statement + " of ")) {
      return detail.replace(statement + " ", statement + " of " + policy.get() + " ");
    }
    return detail;
  }

  /** The policy that holds the evidence's statement, in words: "the identity policy `Name`", "the SCP `Name`"… */
  private static Optional<String> policy(Diagnosis d, Finding.EvidenceRef e) {
    return PolicyNames.of(d, e).map(n -> words(n.type(), n.name()));
  }

  private static String words(PolicyType type, String name) {
    return switch (type) {
      case IDENTITY -> "the identity policy `" + name + "`";
      case RESOURCE -> name.endsWith(" bucket policy") ? "the bucket policy of `" + name.substring(0, name.length() - " bucket policy".length()) + "`"
          : name.equals("key policy") ? "the key policy" : "the resource policy `" + name + "`";
      case SCP -> "the SCP `" + name + "`";
      case RCP -> "the RCP `" + name + "`";
      case PERMISSION_BOUNDARY -> "the permissions boundary `" + name + "`";
      case SESSION -> "the session policy";
      case VPC_ENDPOINT -> "the policy of VPC endpoint `" + name + "`";
      case S3_BLOCK_PUBLIC_ACCESS -> "the Block Public Access settings";
    };
  }
}
