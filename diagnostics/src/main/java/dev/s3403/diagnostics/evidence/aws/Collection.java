package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A live collection: the first phase's collectors in parallel (bucket, object, principal, caller, account,
 * organization), then the second's (KMS keys, VPC endpoints, CloudTrail, AWS's simulator), which read what the first
 * found; everything under one deadline. What misses the deadline is named in {@code unavailable}.
 */
public final class Collection {
  private final List<Collector> first;
  private final List<Collector> second;
  private final Duration deadline;
  private final Clock clock;

  public Collection(List<Collector> first, List<Collector> second, Duration deadline, Clock clock) {
    this.first = List.copyOf(first);
    this.second = List.copyOf(second);
    this.deadline = deadline;
    this.clock = clock;
  }

  /**
   * What a collection gave.
   *
   * @param json the bundle as written ({@code collect}'s output)
   * @param actions the IAM actions called, for the audit line
   * @param reached false when not one call got an answer from AWS: the endpoint or the network is the problem
   * @param late the collectors that missed the deadline
   */
  public record Result(ObjectNode json, Bundle bundle, Set<String> actions, boolean reached, List<String> late) {}

  public Result run(AwsContext aws, Target target, Consumer<String> progress) throws InterruptedException {
    Draft draft = new Draft(clock.instant());
    long end = System.nanoTime() + deadline.toNanos();
    List<String> late = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      phase(first, aws, target, draft, pool, end, progress, late);
      phase(second, aws, target, draft, pool, end, progress, late);
      pool.shutdownNow();
    }
    ObjectNode json = draft.snapshot();
    var read = EvidenceReader.read(json);
    return new Result(json, read.bundle(), draft.calledActions(), draft.anyAnswer(), List.copyOf(late));
  }

  private void phase(List<Collector> collectors, AwsContext aws, Target target, Draft draft, ExecutorService pool,
      long end, Consumer<String> progress, List<String> late) throws InterruptedException {
    List<Future<?>> running = new ArrayList<>();
    for (Collector c : collectors) {
      running.add(pool.submit(() -> {
        long start = System.nanoTime();
        c.collect(aws, target, draft);
        progress.accept(c.name() + ": done in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return null;
      }));
    }
    for (int i = 0; i < running.size(); i++) {
      Future<?> f = running.get(i);
      long left = end - System.nanoTime();
      try {
        f.get(Math.max(0, left), TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        f.cancel(true);
        Collector c = collectors.get(i);
        late.add(c.name());
        draft.unavailable(c.area(target), "not collected within the " + deadline.toSeconds() + " s deadline");
        progress.accept(c.name() + ": stopped at the deadline");
      } catch (java.util.concurrent.ExecutionException e) {
        Collector c = collectors.get(i);
        draft.unavailable(c.area(target), "the " + c.name() + " collector failed: " + e.getCause().getClass().getSimpleName());
        progress.accept(c.name() + ": failed (" + e.getCause().getClass().getSimpleName() + ")");
      }
    }
  }
}
