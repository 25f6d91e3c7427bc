package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The KMS keys that encrypt the bucket and its objects, as the first phase found them in the draft: for each key its
 * account, manager, state, key policy, grants and aliases ({@code /kmsKeys}). The keys are read in parallel, and the
 * four calls about one key at once.
 */
public final class KmsCollector implements Collector {
  static final String DESCRIBE_KEY = "kms:DescribeKey";
  static final String GET_KEY_POLICY = "kms:GetKeyPolicy";
  static final String LIST_GRANTS = "kms:ListGrants";
  static final String LIST_ALIASES = "kms:ListAliases";

  @Override
  public Set<String> after() {
    return Set.of("bucket", "object");
  }

  @Override
  public String name() {
    return "kms";
  }

  @Override
  public Set<String> actions() {
    return Set.of(DESCRIBE_KEY, GET_KEY_POLICY, LIST_GRANTS, LIST_ALIASES);
  }

  @Override
  public String area(Target target) {
    return "/kmsKeys";
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) throws InterruptedException {
    Set<String> keys = keysIn(draft);
    if (keys.isEmpty()) return;
    try (RegionalKms clients = new RegionalKms(aws);
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      KmsKey reads = new KmsKey(clients, draft, pool);
      List<Future<Void>> running = new ArrayList<>();
      for (String key : keys) running.add(pool.submit(() -> reads.collect(key)));
      for (Future<Void> f : running) Futures.join(f);
    }
  }

  /** The keys the bucket and object collectors wrote: key ARNs, or a key id or alias as S3 may keep them. */
  static Set<String> keysIn(Draft draft) {
    Set<String> keys = new LinkedHashSet<>();
    JsonNode buckets = draft.get("/buckets");
    if (buckets == null) return keys;
    for (JsonNode bucket : buckets) {
      addKey(keys, bucket.path("encryption").path("kmsKeyArn"));
      for (JsonNode object : bucket.path("objects")) addKey(keys, object.path("encryption").path("kmsKeyArn"));
    }
    return keys;
  }

  private static void addKey(Set<String> keys, JsonNode node) {
    if (node.isTextual() && !node.textValue().isBlank()) keys.add(node.textValue());
  }
}
