package dev.s3403.diagnostics.evidence.paste;

import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.policy.Arns;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Key ARNs for the ways a command names a key: ARN, key id, alias name or alias ARN. The bundle keys KMS keys by key
 * ARN, which only a key ARN, the conversation's key or a known key's aliases can give.
 */
final class KmsKeys {
  private KmsKeys() {}

  static Optional<String> arnOf(String given, Input in) {
    if (Arns.isArn(given) && Arns.resource(given).startsWith("key/")) return Optional.of(given);
    String id = given.contains(":") ? Arns.resource(given) : given;   // alias/x from an alias ARN, or a key id
    String context = in.ctx().kmsKeyArn();
    if (context != null && context.endsWith("/" + id)) return Optional.of(context);
    Map<String, KmsKeyInfo> known = in.ctx().known().kmsKeys().asOptional().orElse(Map.of());
    for (var e : known.entrySet()) {
      List<String> aliases = e.getValue().aliases().asOptional().orElse(List.of());
      if (e.getKey().endsWith("/" + id) || aliases.contains(id)) return Optional.of(e.getKey());
    }
    return Optional.empty();
  }
}
