package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Question;
import java.util.ArrayList;
import java.util.List;

/** What would settle the open causes: the first question, else the evidence the diagnosis had to do without. */
final class Settle {
  private static final int MOST_ITEMS = 4;

  private Settle() {}

  /** The first question's text, or null when there is none. */
  static String question(Diagnosis d) {
    if (d.questions().isEmpty()) return null;
    Question q = d.questions().getFirst();
    return q == null || q.text() == null || q.text().isBlank() ? null : q.text().strip();
  }

  /** "To narrow it down: …?", or which evidence would settle it. */
  static String next(Diagnosis d) {
    String question = question(d);
    if (question != null) return "to narrow it down: " + Prose.capitalize(question);
    List<String> missing = missing(d);
    if (missing.isEmpty()) {
      return "the bucket and key the request was for, the caller's IAM policies and the bucket policy would settle it";
    }
    return Prose.andList(missing) + " would settle it";
  }

  /** The unchecked bundle members in words, most telling first as the engine lists them. */
  private static List<String> missing(Diagnosis d) {
    List<String> out = new ArrayList<>();
    for (String pointer : d.unchecked()) {
      String words = words(pointer == null ? "" : pointer);
      if (words != null && !out.contains(words) && out.size() < MOST_ITEMS) out.add(words);
    }
    return out;
  }

  private static String words(String pointer) {
    if (pointer.startsWith("/principals/") && pointer.endsWith("/identityPolicies")) return "the caller's IAM policies";
    if (pointer.startsWith("/principals/") && pointer.endsWith("/permissionsBoundary")) return "the caller's permissions boundary";
    if (pointer.equals("/request/sessionPolicy")) return "the session policy";
    if (pointer.equals("/request/principal")) return "the identity that made the request";
    if (pointer.startsWith("/accounts/") && pointer.endsWith("/organization")) return "the organization's SCPs";
    if (pointer.startsWith("/kmsKeys/")) return "the KMS key's policy";
    if (pointer.startsWith("/buckets/")) {
      String[] parts = pointer.split("/", 4);
      String bucket = parts.length > 2 && !parts[2].equals("null") && !parts[2].isEmpty() ? parts[2] : null;
      String member = parts.length > 3 ? parts[3] : "";
      if (member.equals("policy")) return bucket == null ? "the bucket policy" : "the bucket policy of `" + bucket + "`";
      if (member.equals("account")) return "the account that owns the bucket";
      return "the bucket's settings";
    }
    return null;
  }
}
