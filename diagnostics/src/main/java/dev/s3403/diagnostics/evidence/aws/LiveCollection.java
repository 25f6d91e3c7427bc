package dev.s3403.diagnostics.evidence.aws;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every collector, in its phase: the one place that says what a live collection reads. */
public final class LiveCollection {
  private LiveCollection() {}

  /**
   * Read first, in parallel: what the request names directly. The longest chains first (principal, organization:
   * three calls one after another), so their first calls are not queued behind the one-call collectors.
   */
  public static List<Collector> firstPhase() {
    return List.of(new PrincipalCollector(), new OrganizationCollector(), new CallerCollector(), new BucketCollector(),
        new ObjectCollector(), new AccountCollector(), new BucketOwnerCollector());
  }

  /** Read next, in parallel: what the first phase found (keys, endpoints), CloudTrail, and AWS's own simulator. */
  public static List<Collector> secondPhase() {
    return List.of(new KmsCollector(), new VpcEndpointCollector(), new CloudTrailCollector(), new SimulatorCrossCheck());
  }

  public static Collection of(Duration deadline, Clock clock) {
    return new Collection(firstPhase(), secondPhase(), deadline, clock);
  }

  /** Every IAM action any collector may call: exactly what deploy/aws/s3-403-read-only-policy.json allows. */
  public static Set<String> actions() {
    Set<String> out = new TreeSet<>();
    firstPhase().forEach(c -> out.addAll(c.actions()));
    secondPhase().forEach(c -> out.addAll(c.actions()));
    return out;
  }
}
