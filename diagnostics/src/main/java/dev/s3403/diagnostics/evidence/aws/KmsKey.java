package dev.s3403.diagnostics.evidence.aws;

import static dev.s3403.diagnostics.evidence.aws.KmsCollector.DESCRIBE_KEY;
import static dev.s3403.diagnostics.evidence.aws.KmsCollector.GET_KEY_POLICY;
import static dev.s3403.diagnostics.evidence.aws.KmsCollector.LIST_ALIASES;
import static dev.s3403.diagnostics.evidence.aws.KmsCollector.LIST_GRANTS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.aws.Calls.Answer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.GrantConstraints;
import software.amazon.awssdk.services.kms.model.GrantListEntry;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/** One key's four calls, started together, and what each writes under {@code /kmsKeys/<key ARN>}. */
final class KmsKey {
  private final RegionalKms clients;
  private final Draft draft;
  private final ExecutorService pool;

  KmsKey(RegionalKms clients, Draft draft, ExecutorService pool) {
    this.clients = clients;
    this.draft = draft;
    this.pool = pool;
  }

  /** @param reference a key ARN, or a key id or alias, which DescribeKey turns into the ARN first */
  Void collect(String reference) throws InterruptedException {
    Future<Answer<KeyMetadata>> described;
    String arn;
    if (isKeyArn(reference)) {
      arn = reference;
      described = pool.submit(() -> describe(clients.forKey(arn), arn));
    } else {
      // CAUTION: a key id or alias is looked up in the caller's own account, so "not found" proves nothing here.
      KmsClient home = clients.forKey(reference);
      KeyMetadata metadata = Calls.call(draft, "/kmsKeys/" + Draft.segment(reference), DESCRIBE_KEY, Set.of(),
          () -> home.describeKey(r -> r.keyId(reference)).keyMetadata());
      if (metadata == null) return null;
      arn = metadata.arn();
      described = CompletableFuture.completedFuture(new Answer.Value<>(metadata));
    }
    KmsClient kms = clients.forKey(arn);
    Future<Answer<String>> policy = pool.submit(() -> Calls.attempt(draft, GET_KEY_POLICY, Set.of(),
        () -> kms.getKeyPolicy(r -> r.keyId(arn).policyName("default")).policy()));
    Future<Answer<ArrayNode>> grants = pool.submit(() -> grants(kms, arn));
    Future<Answer<ArrayNode>> aliases = pool.submit(() -> aliases(kms, arn));
    String at = "/kmsKeys/" + Draft.segment(arn);
    switch (Futures.join(described)) {
      case Answer.Missing<KeyMetadata> none -> {
        // INVARIANT: the bundle has no null key (the reader refuses one), so "does not exist" is said in words.
        draft.unavailable(at, "NotFoundException on " + DESCRIBE_KEY + ": the key does not exist");
        return null;
      }
      case Answer.Failed<KeyMetadata>(String reason) -> {
        for (String member : new String[] {"account", "manager", "state"}) draft.unavailable(at + "/" + member, reason);
      }
      case Answer.Value<KeyMetadata>(KeyMetadata metadata) -> {
        draft.put(at + "/account", text(metadata.awsAccountId()));
        draft.put(at + "/manager", text(metadata.keyManagerAsString()));
        draft.put(at + "/state", text(metadata.keyStateAsString()));
      }
    }
    writePolicy(at + "/policy", Futures.join(policy));
    write(at + "/grants", Futures.join(grants));
    write(at + "/aliases", Futures.join(aliases));
    return null;
  }

  /** DescribeKey alone decides that a key does not exist: given the ARN, in the key's region, it sees every account. */
  private Answer<KeyMetadata> describe(KmsClient kms, String arn) {
    return Calls.attempt(draft, DESCRIBE_KEY, Set.of("NotFoundException"),
        () -> kms.describeKey(r -> r.keyId(arn)).keyMetadata());
  }

  private Answer<ArrayNode> grants(KmsClient kms, String arn) {
    return Calls.attempt(draft, LIST_GRANTS, Set.of(), () -> {
      ArrayNode out = Draft.json().createArrayNode();
      kms.listGrantsPaginator(r -> r.keyId(arn)).stream().flatMap(page -> page.grants().stream())
          .forEach(g -> out.add(grant(g)));
      return out;
    });
  }

  private Answer<ArrayNode> aliases(KmsClient kms, String arn) {
    return Calls.attempt(draft, LIST_ALIASES, Set.of(), () -> {
      ArrayNode out = Draft.json().createArrayNode();
      kms.listAliasesPaginator(r -> r.keyId(arn)).stream().flatMap(page -> page.aliases().stream())
          .map(AliasListEntry::aliasName).forEach(out::add);
      return out;
    });
  }

  private void writePolicy(String pointer, Answer<String> answer) {
    if (answer instanceof Answer.Value<String>(String text)) {
      ObjectNode document = JsonText.object(text);
      if (document != null) draft.put(pointer, document);
      else draft.unavailable(pointer, "the key policy " + GET_KEY_POLICY + " gave is not a JSON object");
    } else if (answer instanceof Answer.Failed<String>(String reason)) {
      draft.unavailable(pointer, reason);
    }
  }

  private void write(String pointer, Answer<ArrayNode> answer) {
    if (answer instanceof Answer.Value<ArrayNode>(ArrayNode value)) draft.put(pointer, value);
    else if (answer instanceof Answer.Failed<ArrayNode>(String reason)) draft.unavailable(pointer, reason);
  }

  private static ObjectNode grant(GrantListEntry grant) {
    ObjectNode out = Draft.json().createObjectNode().put("grantee", grant.granteePrincipal());
    ArrayNode operations = out.putArray("operations");
    grant.operationsAsStrings().forEach(operations::add);
    GrantConstraints c = grant.constraints();
    if (c == null) {
      out.putNull("constraints");
      return out;
    }
    // Each kind the grant does not use is known to be absent: null, not left out.
    ObjectNode constraints = out.putObject("constraints");
    constraints.set("encryptionContextSubset",
        c.hasEncryptionContextSubset() ? map(c.encryptionContextSubset()) : null);
    constraints.set("encryptionContextEquals",
        c.hasEncryptionContextEquals() ? map(c.encryptionContextEquals()) : null);
    return out;
  }

  private static ObjectNode map(Map<String, String> entries) {
    ObjectNode out = Draft.json().createObjectNode();
    entries.forEach(out::put);
    return out;
  }

  private static JsonNode text(String value) {
    return Draft.json().getNodeFactory().textNode(value);
  }

  private static boolean isKeyArn(String reference) {
    return reference.startsWith("arn:") && reference.contains(":key/");
  }
}
