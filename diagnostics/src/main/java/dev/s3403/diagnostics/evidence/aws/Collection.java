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
 * A live collection: every collector in parallel, each starting as soon as the collectors whose findings it reads are
 * done (the KMS keys after the bucket and the object, the VPC endpoints after the bucket policy), everything under one
 * deadline. What misses the deadline is named in {@code unavailable}.
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

  public Result run(AwsContext aws, Target target, Consumer<String> given) throws InterruptedException {
    Draft draft = new Draft(clock.instant());
    Consumer<String> progress = new HeldProgress(draft, given);
    long end = System.nanoTime() + deadline.toNanos();
    List<String> late = new ArrayList<>();
    List<Collector> all = new ArrayList<>(first);
    all.addAll(second);
    java.util.Map<String, java.util.concurrent.CompletableFuture<Void>> done = new java.util.concurrent.ConcurrentHashMap<>();
    for (Collector c : all) done.put(c.name(), new java.util.concurrent.CompletableFuture<>());
    List<Future<?>> running = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Collector c : all) {
        // Each starts once what it reads is in: a second-phase collector need not wait for the slowest first one.
        java.util.Set<String> needs = c.after() != null ? c.after()
            : second.contains(c) ? first.stream().map(Collector::name).collect(java.util.stream.Collectors.toSet()) : java.util.Set.of();
        running.add(pool.submit(() -> {
          try {
            for (String n : needs) {
              var dep = done.get(n);
              if (dep != null) dep.join();
            }
            long start = System.nanoTime();
            c.collect(aws, target, draft);
            progress.accept(c.name() + ": done in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return null;
          } finally {
            done.get(c.name()).complete(null);
          }
        }));
      }
      for (int i = 0; i < running.size(); i++) await(running.get(i), all.get(i), target, draft, end, progress, late);
      pool.shutdownNow();
    }
    ObjectNode json = draft.snapshot();
    var read = EvidenceReader.read(json);
    return new Result(json, read.bundle(), draft.calledActions(), draft.anyAnswer(), List.copyOf(late));
  }

  /**
   * Progress lines are held until AWS has answered something: when nothing can be reached, the caller's one-line
   * error is all that is printed, not a line per collector that reached nothing.
   */
  private static final class HeldProgress implements Consumer<String> {
    private final Draft draft;
    private final Consumer<String> out;
    private final List<String> held = new ArrayList<>();

    HeldProgress(Draft draft, Consumer<String> out) {
      this.draft = draft;
      this.out = out;
    }

    @Override
    public synchronized void accept(String line) {
      if (!draft.anyAnswer()) {
        held.add(line);
        return;
      }
      held.forEach(out);
      held.clear();
      out.accept(line);
    }
  }

  private void await(Future<?> f, Collector c, Target target, Draft draft, long end, Consumer<String> progress,
      List<String> late) throws InterruptedException {
    try {
      f.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      f.cancel(true);
      late.add(c.name());
      draft.unavailable(c.area(target), "not collected within the " + deadline.toSeconds() + " s deadline");
      progress.accept(c.name() + ": stopped at the deadline");
    } catch (java.util.concurrent.ExecutionException e) {
      draft.unavailable(c.area(target), "the " + c.name() + " collector failed: " + e.getCause().getClass().getSimpleName());
      progress.accept(c.name() + ": failed (" + e.getCause().getClass().getSimpleName() + ")");
    }
  }
}
