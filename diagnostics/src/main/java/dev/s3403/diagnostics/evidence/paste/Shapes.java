package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.policy.Arns;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which command printed an output pasted without its command line, from the output's own shape. Some shapes fit
 * several commands: the conversation's question can settle it, else a likely first guess is taken, unless guessing
 * would put evidence in the wrong place (a bucket's or the account's Block Public Access).
 */
final class Shapes {
  // The first labels of the text outputs that only their command line tells apart.
  private static final Set<String> TEXT_LABELS = Set.of("RULES", "APPLYSERVERSIDEENCRYPTIONBYDEFAULT", "KEYMETADATA",
      "ROLE", "ATTACHEDPOLICIES", "GRANTS", "GRANTEE", "OWNER");

  private Shapes() {}

  /**
   * The commands that print this shape, likeliest first.
   *
   * @param ambiguous whether the first may not be taken without the command line or the conversation's question
   * @param why what a user should do when it is ambiguous, or why nothing fits
   */
  record Guess(List<Command> candidates, boolean ambiguous, String why) {
    static Guess of(Command... commands) {
      return new Guess(List.of(commands), false, "");
    }

    static Guess ambiguous(String why, Command... commands) {
      return new Guess(List.of(commands), true, why);
    }

    static Guess none(String why) {
      return new Guess(List.of(), true, why);
    }
  }

  static Guess of(Output output) {
    return switch (output) {
      case Output.Json(JsonNode node, boolean trailing) -> json(node);
      case Output.Error(String code, String operation, String message) -> error(code, operation);
      case Output.Table(List<List<String>> rows) -> table(rows);
      case Output.Text(List<List<String>> lines) -> text(lines);
      case Output.Broken(String why) -> Guess.none(why);
    };
  }

  private static Guess json(JsonNode node) {
    if (Policies.isBareDocument(node)) {
      return Guess.of(Command.POLICY_DOCUMENT, Command.GET_BUCKET_POLICY, Command.GET_KEY_POLICY,
          Command.GET_ROLE_POLICY, Command.GET_POLICY_VERSION, Command.DESCRIBE_POLICY, Command.DESCRIBE_VPC_ENDPOINTS);
    }
    if (node.has("UserId") && node.has("Arn")) return Guess.of(Command.GET_CALLER_IDENTITY);
    if (node.path("Policy").isTextual()) {
      boolean key = node.has("PolicyName") || Policies.decode(node.get("Policy")) instanceof Policies.Document d
          && Policies.onlyKmsActions(d.json());
      return key ? Guess.of(Command.GET_KEY_POLICY, Command.GET_BUCKET_POLICY)
          : Guess.of(Command.GET_BUCKET_POLICY, Command.GET_KEY_POLICY);
    }
    if (node.path("Policy").has("Content")) return Guess.of(Command.DESCRIBE_POLICY);
    if (node.has("PublicAccessBlockConfiguration")) return bpa();
    if (node.has("ServerSideEncryptionConfiguration")) return Guess.of(Command.GET_BUCKET_ENCRYPTION);
    if (node.has("OwnershipControls")) return Guess.of(Command.GET_BUCKET_OWNERSHIP_CONTROLS);
    if (node.has("Payer")) return Guess.of(Command.GET_BUCKET_REQUEST_PAYMENT);
    if (node.has("Grants")) {
      return Guess.ambiguous("an ACL, but of the bucket or of an object? paste the command line too",
          Command.GET_OBJECT_ACL, Command.GET_BUCKET_ACL);
    }
    if (node.has("KeyMetadata")) return Guess.of(Command.DESCRIBE_KEY);
    if (node.has("Role")) return Guess.of(Command.GET_ROLE);
    if (node.has("PolicyDocument") && node.has("RoleName")) return Guess.of(Command.GET_ROLE_POLICY);
    if (node.has("PolicyVersion")) return Guess.of(Command.GET_POLICY_VERSION);
    if (node.has("AttachedPolicies")) return Guess.of(Command.LIST_ATTACHED_ROLE_POLICIES);
    if (node.has("VpcEndpoints")) return Guess.of(Command.DESCRIBE_VPC_ENDPOINTS);
    if (node.has("ETag") || node.has("ContentLength") || node.has("LastModified")) return Guess.of(Command.HEAD_OBJECT);
    return Guess.none("JSON, but not the output of a command s3-403 reads");
  }

  private static Guess error(String code, String operation) {
    List<Command> commands = Command.ofApiOperation(operation);
    if (commands.isEmpty()) {
      return Guess.none("`%s` from %s, not from a command s3-403 reads".formatted(code, operation));
    }
    if (commands.size() > 1) return bpa();
    return Guess.of(commands.getFirst());
  }

  // The CLI titles a table with the API operation: `GetCallerIdentity`, `GetPublicAccessBlock`, …
  private static Guess table(List<List<String>> rows) {
    List<Command> commands = rows.isEmpty() || rows.getFirst().size() != 1 ? List.of()
        : Command.ofApiOperation(rows.getFirst().getFirst());
    if (commands.isEmpty()) return Guess.none("a table, but not one from a command s3-403 reads");
    return commands.size() > 1 ? bpa() : Guess.of(commands.getFirst());
  }

  private static Guess text(List<List<String>> lines) {
    if (lines.isEmpty()) return Guess.none("the paste is empty");
    List<String> first = lines.getFirst();
    if (first.getFirst().equals("PUBLICACCESSBLOCKCONFIGURATION")) return bpa();
    if (first.size() == 2 && first.getFirst().equals("RULES") && Arrays.stream(BucketInfo.ObjectOwnership.values())
        .anyMatch(o -> o.wire().equals(first.get(1)))) {
      return Guess.of(Command.GET_BUCKET_OWNERSHIP_CONTROLS);
    }
    if (lines.size() == 1 && first.size() == 1 && List.of("BucketOwner", "Requester").contains(first.getFirst())) {
      return Guess.of(Command.GET_BUCKET_REQUEST_PAYMENT);
    }
    if (lines.size() == 1 && first.size() <= 3 && first.stream().anyMatch(Arns::isArn)
        && (first.size() == 1 || first.stream().anyMatch(Arns::isAccount))) {
      return first.size() == 1
          ? Guess.ambiguous("an ARN on its own: paste the command line too", Command.GET_CALLER_IDENTITY)
          : Guess.of(Command.GET_CALLER_IDENTITY);
    }
    boolean etag = first.stream().anyMatch(w -> w.matches("\"[0-9a-f]{32}(-\\d+)?\""));   // head-object's
    if (TEXT_LABELS.contains(first.getFirst()) || etag) {
      return Guess.none("`--output text` output, but of which command? paste it with its command line "
          + "(`$ aws … --output text`)");
    }
    return Guess.none("not the output of a command s3-403 reads");
  }

  private static Guess bpa() {
    return Guess.ambiguous(
        "Block Public Access settings, but of a bucket or of the account? paste the command line too",
        Command.GET_BUCKET_PUBLIC_ACCESS_BLOCK, Command.GET_ACCOUNT_PUBLIC_ACCESS_BLOCK);
  }
}
