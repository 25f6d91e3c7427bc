package dev.s3403.diagnostics.diagnosis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Evidence;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.resolve.ResolvedRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The questions that split open causes (DESIGN.md, "Questions"). An answer is evidence: it becomes the bundle member
 * the command's output would fill, merged in before the diagnosis, so an answer narrows the causes exactly as the
 * pasted output would.
 */
public final class Questions {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> YES_NO = List.of("yes", "no", "not sure");

  private Questions() {}

  /** One question of the catalogue: how to word it for this request, and what each answer says as evidence. */
  private record Entry(String id, Function<ResolvedRequest, String> text, List<String> options,
      Function<ResolvedRequest, String> command, List<String> settles, BiFunction<String, ResolvedRequest, ObjectNode> evidence) {}

  private static final List<Entry> CATALOGUE = List.of(
      new Entry("object-exists", r -> "Does the object `%s` exist in `%s`?".formatted(r.key(), r.bucket()), YES_NO,
          r -> "aws s3api list-objects-v2 --bucket %s --prefix %s --max-items 1".formatted(r.bucket(), r.key()),
          List.of("missing-object-masked-as-403"),
          (a, r) -> object(r, "exists", a.equals("yes"))),
      new Entry("kms-encrypted", r -> "Is `%s` encrypted with a KMS key (SSE-KMS)?".formatted(r.key()), YES_NO,
          r -> "aws s3api head-object --bucket %s --key %s --query '[ServerSideEncryption,SSEKMSKeyId]'".formatted(r.bucket(), r.key()),
          List.of("kms-decrypt-denied", "kms-generate-data-key-denied", "kms-multipart-needs-decrypt", "kms-cross-account-key-access",
              "kms-aws-managed-key-cross-account", "kms-condition-mismatch", "kms-key-unusable", "cloudfront-oac-kms"),
          (a, r) -> {
            ObjectNode enc = JSON.createObjectNode().put("algorithm", a.equals("yes") ? "aws:kms" : "AES256");
            return object(r, "encryption", enc);
          }),
      new Entry("requester-pays", r -> "Is `%s` a Requester Pays bucket?".formatted(r.bucket()), YES_NO,
          r -> "aws s3api get-bucket-request-payment --bucket " + r.bucket(), List.of("requester-pays-header-missing"),
          (a, r) -> bucket(r, "requesterPays", a.equals("yes"))),
      new Entry("owner-enforced", r -> "Is Object Ownership of `%s` set to BucketOwnerEnforced?".formatted(r.bucket()), YES_NO,
          r -> "aws s3api get-bucket-ownership-controls --bucket " + r.bucket(),
          List.of("object-owned-by-other-account", "acl-grant-missing-or-acl-only-access", "bpa-ignore-public-acls"),
          (a, r) -> a.equals("yes") ? bucket(r, "objectOwnership", "BucketOwnerEnforced") : null),
      new Entry("request-path", r -> "How was the request made?",
          List.of("direct", "presigned-url", "cloudfront", "website-endpoint", "access-point", "console"),
          r -> null, List.of("presigned-url-expired", "presigned-url-credentials-expired", "presigned-url-signer-not-authorized",
              "cloudfront-origin-access-bucket-policy", "cloudfront-oac-kms", "cloudfront-origin-config", "s3-website-endpoint-403",
              "console-needs-extra-permissions", "access-point-policy-deny-or-missing"),
          (a, r) -> request("via", a)));

  /** The evidence the answers give, as a bundle to merge; an answer of "not sure" gives none. */
  static Bundle evidence(Map<String, String> answers, ResolvedRequest r) {
    Bundle out = Bundle.empty();
    for (Entry e : CATALOGUE) {
      String a = answers.get(e.id());
      if (a == null || a.equals("not sure")) continue;
      ObjectNode fragment = e.evidence().apply(a, r);
      if (fragment == null) continue;
      var read = EvidenceReader.read(fragment);
      if (read.errors().isEmpty()) out = Evidence.merge(out, read.bundle()).bundle();
    }
    return out;
  }

  /** The questions a diagnosis asks: those that settle open causes, the most useful first, none already answered. */
  static List<Question> ask(List<Cause> causes, ResolvedRequest r, Map<String, String> answers) {
    Set<String> open = new java.util.HashSet<>();
    boolean confirmed = causes.stream().anyMatch(c -> c.status() == Status.CONFIRMED && !c.fromText());
    for (Cause c : causes) {
      if (c.status() == Status.LIKELY || c.status() == Status.POSSIBLE || c.status() == Status.CONFIRMED && c.fromText()) {
        open.add(c.info().id());
      }
    }
    if (confirmed && open.size() < 2) return List.of();
    List<Question> out = new ArrayList<>();
    for (Entry e : CATALOGUE) {
      if (answers.containsKey(e.id()) || needsObject(e) && (r.bucket() == null || r.key() == null)) continue;
      if (!e.id().equals("request-path") && r.bucket() == null) continue;
      List<String> settles = e.settles().stream().filter(open::contains).toList();
      if (settles.isEmpty()) continue;
      out.add(new Question(e.id(), e.text().apply(r), e.options(), e.command().apply(r), settles));
    }
    out.sort(Comparator.comparingInt((Question q) -> q.settles().size()).reversed());
    return List.copyOf(out.subList(0, Math.min(3, out.size())));
  }

  /** The ids and options of every question, for checking an answers file. */
  public static Map<String, List<String>> catalogue() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    CATALOGUE.forEach(e -> out.put(e.id(), e.options()));
    return out;
  }

  private static boolean needsObject(Entry e) {
    return e.id().equals("object-exists") || e.id().equals("kms-encrypted");
  }

  private static ObjectNode base() {
    return JSON.createObjectNode().put("format", Bundle.FORMAT);
  }

  private static ObjectNode object(ResolvedRequest r, String member, Object value) {
    if (r.bucket() == null || r.key() == null) return null;
    ObjectNode b = base();
    ObjectNode o = b.putObject("buckets").putObject(r.bucket()).putObject("objects").putObject(r.key());
    o.set(member, JSON.valueToTree(value));
    return b;
  }

  private static ObjectNode bucket(ResolvedRequest r, String member, Object value) {
    if (r.bucket() == null) return null;
    ObjectNode b = base();
    b.putObject("buckets").putObject(r.bucket()).set(member, JSON.valueToTree(value));
    return b;
  }

  private static ObjectNode request(String member, String value) {
    ObjectNode b = base();
    b.putObject("request").put(member, value);
    return b;
  }
}
