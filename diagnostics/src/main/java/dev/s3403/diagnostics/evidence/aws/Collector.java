package dev.s3403.diagnostics.evidence.aws;

import java.util.Set;

/**
 * One family of read-only AWS calls that fills part of the bundle. Collectors run in parallel; each catches what
 * AWS refuses and records it in the draft (see {@link Calls}), so one failure never stops the others.
 */
public interface Collector {
  /** A short name for progress lines: "bucket", "principal", "kms", … */
  String name();

  /** Every IAM action this collector may call: the least-privilege policy in deploy/aws is checked against these. */
  Set<String> actions();

  /**
   * The collectors (by name) whose findings this one reads; it starts as soon as they are done. A second-phase
   * collector that declares nothing waits for the whole first phase.
   */
  default Set<String> after() {
    return null;
  }

  /** The part of the bundle it fills, as a JSON pointer: named in {@code unavailable} if it misses the deadline. */
  String area(Target target);

  /**
   * Reads AWS and writes into the draft. A collector of the second phase reads what the first one found in the
   * draft (the bucket's KMS key, the VPC endpoints its policy names, the accounts involved).
   */
  void collect(AwsContext aws, Target target, Draft draft) throws InterruptedException;
}
