package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The members of one bundle object (a bucket, an object), read by calls running in parallel and held back until all
 * are in: then they are written in a fixed order, so the bundle reads the same from run to run, and an answer that
 * overrides the others ("the bucket does not exist") can replace them.
 */
final class StagedMembers {
  private final Draft staged = new Draft(Instant.EPOCH);
  private final AtomicBoolean gone = new AtomicBoolean();
  private final Draft into;
  private final String area;
  private final Set<String> goneCodes;

  /**
   * @param into the bundle the members go to in the end
   * @param area the JSON pointer of the object the members belong to
   * @param goneCodes error codes any call may answer that mean the object itself does not exist ({@code NoSuchBucket})
   */
  StagedMembers(Draft into, String area, Set<String> goneCodes) {
    this.into = into;
    this.area = area;
    this.goneCodes = Set.copyOf(goneCodes);
  }

  /** One call and the member its answer fills. */
  record Read<R>(String member, String action, Set<String> missing, Supplier<R> call, Function<R, JsonNode> json) {}

  /** Runs the reads in parallel and returns when all are in. */
  void readAll(List<Read<?>> reads) throws InterruptedException {
    List<Runnable> tasks = new ArrayList<>();
    for (Read<?> r : reads) tasks.add(() -> read(r));
    inParallel(tasks);
  }

  /**
   * Runs the tasks on virtual threads and returns when all are in. An interrupt (the collection's deadline) stops
   * those still running; the actions called reach the bundle's audit either way.
   */
  void inParallel(List<Runnable> tasks) throws InterruptedException {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable task : tasks) running.add(pool.submit(task));
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (InterruptedException e) {
          pool.shutdownNow();   // interrupts the calls, or closing the pool would wait for each one's timeout
          throw e;
        } catch (ExecutionException e) {
          throw new IllegalStateException("a read failed unexpectedly", e.getCause());
        }
      }
    } finally {
      staged.calledActions().forEach(into::called);
    }
  }

  /** One read, staged: its value, {@code null}, or why it is unavailable. */
  <R> void read(Read<R> read) {
    String pointer = pointer(read.member());
    R answer = Calls.call(staged, pointer, read.action(), read.missing(), () -> noticingGone(read.call()));
    if (answer == null) return;
    try {
      staged.put(pointer, read.json().apply(answer));
    } catch (RuntimeException e) {
      // An answer we cannot turn into evidence (a policy that is not JSON) is unknown, not an end to the collection.
      staged.unavailable(pointer, "unreadable answer to " + read.action() + ": " + e.getClass().getSimpleName());
    }
  }

  private <R> R noticingGone(Supplier<R> call) {
    try {
      return call.get();
    } catch (AwsServiceException e) {
      if (e.awsErrorDetails() != null && goneCodes.contains(e.awsErrorDetails().errorCode())) gone.set(true);
      throw e;
    }
  }

  /** Whether a call answered one of the codes saying the object itself does not exist. */
  boolean gone() {
    return gone.get();
  }

  /** The draft the calls write into, for {@link Calls#call}. */
  Draft draft() {
    return staged;
  }

  String pointer(String member) {
    return area + "/" + Draft.segment(member);
  }

  void put(String member, JsonNode value) {
    staged.put(pointer(member), value);
  }

  void unavailable(String member, String reason) {
    staged.unavailable(pointer(member), reason);
  }

  /** Whether AWS answered any call: with a value, or that the thing read does not exist. */
  boolean answered() {
    return staged.anyAnswer();
  }

  /** Why a member could not be read, if it could not. */
  Optional<String> unavailableReason(String member) {
    for (JsonNode entry : staged.snapshot().path("unavailable")) {
      if (entry.path("what").asText().equals(pointer(member))) return Optional.of(entry.path("reason").asText());
    }
    return Optional.empty();
  }

  /** Writes each member's value and {@code unavailable} entries into the bundle, in the given order. */
  void writeAll(List<String> members) {
    JsonNode values = staged.get(area);
    JsonNode unavailable = staged.snapshot().path("unavailable");
    for (String member : members) {
      String pointer = pointer(member);
      if (values != null && values.has(member)) into.put(pointer, values.get(member));
      for (JsonNode entry : unavailable) {
        if (entry.path("what").asText().equals(pointer)) into.unavailable(pointer, entry.path("reason").asText());
      }
    }
  }

  /** Writes {@code {"exists": false}} in place of everything staged: nothing else is said of what does not exist. */
  void writeDoesNotExist() {
    into.put(area, Draft.json().createObjectNode().put("exists", false));
  }
}
