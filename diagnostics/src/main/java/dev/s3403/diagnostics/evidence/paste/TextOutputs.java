package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.Grant;
import dev.s3403.diagnostics.evidence.Grantee;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.policy.Arns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON members a reader uses, rebuilt from {@code --output text}, so that one reader serves both forms. The CLI
 * prints an object's scalars on one tab-separated line in the order of their names, after the upper-cased name of the
 * member that holds the object (nothing at the top level); then each nested object or list the same way. A list of
 * objects prints one line per element. Chat turns tabs into blanks and drops empty cells, and a value such as a
 * description may hold blanks, so values are told apart by their form, and by place only where the form cannot.
 * Which command printed the text comes from its command line: the text itself rarely says.
 */
final class TextOutputs {
  private static final Pattern TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})");
  private static final Set<String> STORAGE_CLASSES = Set.of("STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA",
      "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR", "SNOW",
      "EXPRESS_ONEZONE");
  private static final Set<String> SSE_ALGORITHMS = Set.of("AES256", "aws:kms", "aws:kms:dsse");

  private TextOutputs() {}

  /** The JSON the command would have printed, as far as its reader needs it; empty when the text is not that. */
  static Optional<JsonNode> json(Command command, List<List<String>> lines) {
    if (lines.isEmpty()) return Optional.empty();
    return switch (command) {
      case HEAD_OBJECT -> headObject(lines.getFirst());
      case GET_BUCKET_ENCRYPTION -> bucketEncryption(lines);
      case DESCRIBE_KEY -> TextForms.words(lines, "KEYMETADATA").flatMap(TextOutputs::keyMetadata);
      case GET_ROLE -> role(lines);
      case LIST_ATTACHED_ROLE_POLICIES -> attachedPolicies(lines);
      case GET_OBJECT_ACL, GET_BUCKET_ACL -> acl(lines);
      // Read in text form by their own readers, or printed as JSON even in text form (a policy string).
      case GET_CALLER_IDENTITY, GET_BUCKET_POLICY, GET_BUCKET_PUBLIC_ACCESS_BLOCK, GET_ACCOUNT_PUBLIC_ACCESS_BLOCK,
          GET_BUCKET_OWNERSHIP_CONTROLS, GET_BUCKET_REQUEST_PAYMENT, GET_KEY_POLICY, GET_ROLE_POLICY,
          GET_POLICY_VERSION, DESCRIBE_POLICY, DESCRIBE_VPC_ENDPOINTS, POLICY_DOCUMENT -> Optional.empty();
    };
  }

  /**
   * {@code head-object}: one line of scalars ({@code AcceptRanges}, {@code BucketKeyEnabled}, … {@code VersionId}),
   * then {@code METADATA} for user metadata. The free-text headers ({@code ContentType}, {@code CacheControl}, …) sort
   * before {@code ETag}; everything read after it has a form of its own.
   */
  private static Optional<JsonNode> headObject(List<String> words) {
    int etag = -1;
    for (int i = 0; i < words.size() && etag < 0; i++) {
      String w = words.get(i);
      if (w.length() > 2 && w.startsWith("\"") && w.endsWith("\"") && !w.contains("=")) etag = i;
    }
    if (etag < 0) return Optional.empty();
    ObjectNode head = Draft.NODES.objectNode().put("ETag", words.get(etag));
    List<String> booleans = new ArrayList<>();
    for (String w : words.subList(0, etag)) {
      if (Fields.bool(w).isPresent()) booleans.add(w);
      else if (w.matches("\\d+") && !head.has("ContentLength")) head.put("ContentLength", Long.parseLong(w));
    }
    boolean customerKey = false;
    for (int i = etag + 1; i < words.size(); i++) {
      String w = words.get(i);
      if (TIME.matcher(w).matches() && !head.has("LastModified")) {
        head.put("LastModified", w);
      } else if (w.startsWith("ongoing-request=")) {
        int end = i;
        while (end + 1 < words.size() && !(words.get(end).endsWith("\"") && !words.get(end).endsWith("\","))) end++;
        head.put("Restore", String.join(" ", words.subList(i, end + 1)));
        i = end;
      } else if (w.equals("ON") || w.equals("OFF")) {
        head.put("ObjectLockLegalHoldStatus", w);
      } else if (w.equals("GOVERNANCE") || w.equals("COMPLIANCE")) {
        head.put("ObjectLockMode", w);
        if (i + 1 < words.size() && TIME.matcher(words.get(i + 1)).matches()) {
          head.put("ObjectLockRetainUntilDate", words.get(++i));
        }
      } else if (w.equals("ARCHIVE_ACCESS") || w.equals("DEEP_ARCHIVE_ACCESS")) {
        head.put("ArchiveStatus", w);
      } else if (w.matches("[A-Za-z0-9+/]{22}==")) {
        customerKey = true;   // SSECustomerKeyMD5: the AES256 before it is SSECustomerAlgorithm
      } else if (SSE_ALGORITHMS.contains(w) && !head.has("ServerSideEncryption")) {
        head.put("ServerSideEncryption", w);
      } else if (Arns.isArn(w) && Arns.resource(w).startsWith("key/")) {
        head.put("SSEKMSKeyId", w);
      } else if (STORAGE_CLASSES.contains(w) && !head.has("StorageClass")) {
        head.put("StorageClass", w);
      }
    }
    if (!head.has("LastModified")) return Optional.empty();   // every found object has one, after its ETag
    if (customerKey && "AES256".equals(head.path("ServerSideEncryption").asText())) {
      head.remove("ServerSideEncryption");
      head.put("SSECustomerAlgorithm", "AES256");
    }
    // BucketKeyEnabled is the only boolean before ETag that S3 returns on an object it found.
    if (booleans.size() == 1 && head.path("ServerSideEncryption").asText().startsWith("aws:kms")) {
      head.put("BucketKeyEnabled", Fields.bool(booleans.getFirst()).orElseThrow());
    }
    return Optional.of(head);
  }

  /**
   * {@code get-bucket-encryption}: per rule, {@code RULES <BucketKeyEnabled>}, then
   * {@code APPLYSERVERSIDEENCRYPTIONBYDEFAULT [<KMSMasterKeyID>] <SSEAlgorithm>}, then {@code ENCRYPTIONTYPE <type>}
   * for each blocked type.
   */
  private static Optional<JsonNode> bucketEncryption(List<List<String>> lines) {
    ObjectNode root = Draft.NODES.objectNode();
    ArrayNode rules = root.putObject("ServerSideEncryptionConfiguration").putArray("Rules");
    ObjectNode rule = null;
    for (List<String> line : lines) {
      List<String> values = line.subList(1, line.size());
      switch (line.getFirst()) {
        case "RULES" -> {
          ObjectNode next = rules.addObject();
          if (values.size() == 1) Fields.bool(values.getFirst()).ifPresent(v -> next.put("BucketKeyEnabled", v));
          rule = next;
        }
        case "APPLYSERVERSIDEENCRYPTIONBYDEFAULT" -> {
          if (values.isEmpty() || values.size() > 2) return Optional.empty();
          if (rule == null || rule.has("ApplyServerSideEncryptionByDefault")) rule = rules.addObject();
          ObjectNode defaults = rule.putObject("ApplyServerSideEncryptionByDefault").put("SSEAlgorithm", values.getLast());
          if (values.size() == 2) defaults.put("KMSMasterKeyID", values.getFirst());
        }
        case "ENCRYPTIONTYPE" -> {
          if (rule == null || values.size() != 1) return Optional.empty();
          ObjectNode blocked = rule.has("BlockedEncryptionTypes") ? (ObjectNode) rule.get("BlockedEncryptionTypes")
              : rule.putObject("BlockedEncryptionTypes");
          ArrayNode types = blocked.has("EncryptionType") ? (ArrayNode) blocked.get("EncryptionType")
              : blocked.putArray("EncryptionType");
          types.add(values.getFirst());
        }
        default -> { }
      }
    }
    return rules.isEmpty() ? Optional.empty() : Optional.of(root);
  }

  /**
   * {@code describe-key}: {@code KEYMETADATA <AWSAccountId> <Arn> <CreationDate> … [<DeletionDate>] <Description> …
   * <KeyId> <KeyManager> <KeySpec> <KeyState> …}. The description may hold blanks, so the members after it are found
   * from the key id, which the ARN gives.
   */
  private static Optional<JsonNode> keyMetadata(List<String> words) {
    Optional<String> arn = words.stream().filter(w -> Arns.isArn(w) && Arns.resource(w).startsWith("key/")).findFirst();
    if (arn.isEmpty()) return Optional.empty();
    ObjectNode metadata = Draft.NODES.objectNode().put("Arn", arn.get());
    if (Arns.isAccount(words.getFirst())) metadata.put("AWSAccountId", words.getFirst());
    int keyId = words.lastIndexOf(Arns.resource(arn.get()).substring("key/".length()));
    if (keyId >= 0) {
      if (keyId + 1 < words.size() && Set.of("AWS", "CUSTOMER").contains(words.get(keyId + 1))) {
        metadata.put("KeyManager", words.get(keyId + 1));
      }
      words.subList(keyId + 1, words.size()).stream()
          .filter(w -> Fields.named(KmsKeyInfo.State.values(), KmsKeyInfo.State::wire, w).isPresent())
          .findFirst().ifPresent(s -> metadata.put("KeyState", s));
      List<String> times = words.subList(0, keyId).stream().filter(w -> TIME.matcher(w).matches()).toList();
      if (times.size() >= 2 && metadata.path("KeyState").asText().equals("PendingDeletion")) {
        metadata.put("DeletionDate", times.get(1));
      }
    }
    return Optional.of(Draft.NODES.objectNode().set("KeyMetadata", metadata));
  }

  /**
   * {@code get-role}: {@code ROLE <Arn> <CreateDate> [<Description>] <MaxSessionDuration> <Path> <RoleId> <RoleName>},
   * then {@code PERMISSIONSBOUNDARY <arn> Policy} and one {@code TAGS <Key> <Value>} per tag, among the lines of the
   * trust policy and {@code ROLELASTUSED}.
   */
  private static Optional<JsonNode> role(List<List<String>> lines) {
    Optional<List<String>> words = TextForms.words(lines, "ROLE");
    if (words.isEmpty() || !Arns.isArn(words.get().getFirst())) return Optional.empty();
    List<String> w = words.get();
    ObjectNode role = Draft.NODES.objectNode().put("Arn", w.getFirst());
    if (w.size() > 1 && TIME.matcher(w.get(1)).matches()) role.put("CreateDate", w.get(1));
    if (w.size() > 3 && w.get(w.size() - 2).matches("AROA[A-Z0-9]{12,}")) role.put("RoleId", w.get(w.size() - 2));
    TextForms.words(lines, "PERMISSIONSBOUNDARY").flatMap(b -> b.stream().filter(Arns::isArn).findFirst())
        .ifPresent(arn -> role.putObject("PermissionsBoundary").put("PermissionsBoundaryArn", arn));
    ArrayNode tags = role.putArray("Tags");
    for (List<String> line : lines) {
      if (line.size() >= 2 && line.getFirst().equals("TAGS")) {
        tags.addObject().put("Key", line.get(1)).put("Value", String.join(" ", line.subList(2, line.size())));
      }
    }
    return Optional.of(Draft.NODES.objectNode().set("Role", role));
  }

  /** {@code list-attached-role-policies}: {@code ATTACHEDPOLICIES <PolicyArn> <PolicyName>} per policy. */
  private static Optional<JsonNode> attachedPolicies(List<List<String>> lines) {
    ObjectNode root = Draft.NODES.objectNode();
    ArrayNode attached = root.putArray("AttachedPolicies");
    for (List<String> line : lines) {
      if (line.getFirst().equals("ATTACHEDPOLICIES")) {
        if (line.size() != 3 || !Arns.isArn(line.get(1))) return Optional.empty();
        attached.addObject().put("PolicyArn", line.get(1)).put("PolicyName", line.get(2));
      } else if (line == lines.getFirst() && Fields.bool(line.getFirst()).isPresent()) {
        root.put("IsTruncated", Fields.bool(line.getFirst()).orElseThrow());   // the top-level IsTruncated, Marker
      } else {
        return Optional.empty();
      }
    }
    // No attached policy prints no line at all: then there is nothing to read.
    return attached.isEmpty() ? Optional.empty() : Optional.of(root);
  }

  /**
   * {@code get-object-acl} and {@code get-bucket-acl}: per grant {@code GRANTS <Permission>} then
   * {@code GRANTEE [<DisplayName>] [<EmailAddress>] [<ID>] <Type> [<URI>]}, and {@code OWNER [<DisplayName>] <ID>}.
   */
  private static Optional<JsonNode> acl(List<List<String>> lines) {
    ObjectNode root = Draft.NODES.objectNode();
    ArrayNode grants = root.putArray("Grants");
    ObjectNode grant = null;
    for (List<String> line : lines) {
      List<String> values = line.subList(1, line.size());
      switch (line.getFirst()) {
        case "GRANTS" -> {
          grant = grants.addObject();
          ObjectNode g = grant;
          values.stream().filter(v -> Fields.named(Grant.Permission.values(), Grant.Permission::wire, v).isPresent())
              .findFirst().ifPresent(p -> g.put("Permission", p));
        }
        case "GRANTEE" -> {
          if (grant == null || grant.has("Grantee")) grant = grants.addObject();
          ObjectNode grantee = grant.putObject("Grantee");
          for (String v : values) {
            if (Fields.named(Grantee.Type.values(), Grantee.Type::wire, v).isPresent()) grantee.put("Type", v);
            else if (v.matches("[0-9a-f]{64}")) grantee.put("ID", v);
            else if (v.startsWith("http://") || v.startsWith("https://")) grantee.put("URI", v);
            else if (v.contains("@")) grantee.put("EmailAddress", v);
          }
        }
        case "OWNER" -> values.stream().filter(v -> v.matches("[0-9a-f]{64}")).findFirst()
            .ifPresent(id -> root.putObject("Owner").put("ID", id));
        default -> { }
      }
    }
    return grants.isEmpty() ? Optional.empty() : Optional.of(root);
  }
}
