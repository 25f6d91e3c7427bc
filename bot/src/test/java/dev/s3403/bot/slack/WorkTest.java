package dev.s3403.bot.slack;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An overload is known at once: a full queue refuses, so the listener can say "busy" instead of acking late. */
class WorkTest {
  @Test
  void should_refuse_work_at_once_when_the_queue_is_full() throws InterruptedException {
    // GIVEN one worker, busy, and a queue of two that fills up
    CountDownLatch release = new CountDownLatch(1);
    try (Work work = new Work(1, 2)) {
      Runnable blocked = () -> {
        try {
          release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      };
      then(work.offer(blocked)).isTrue();
      Thread.sleep(50);
      then(work.offer(blocked)).isTrue();
      then(work.offer(blocked)).isTrue();
      // WHEN one more arrives THEN it is refused without waiting
      long start = System.nanoTime();
      then(work.offer(blocked)).isFalse();
      then((System.nanoTime() - start) / 1_000_000).isLessThan(100);
      release.countDown();
    }
  }

  @Test
  void should_let_a_burst_through_and_then_say_how_long_to_wait() {
    // GIVEN a rate of 3 at once, one more every 10 s, and a clock that stands still
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T10:00:00Z"), java.time.ZoneOffset.UTC);
    RateLimits limits = new RateLimits(3, 10, clock);
    // WHEN one user asks four times, and another once
    then(limits.waitSeconds("U1")).isZero();
    then(limits.waitSeconds("U1")).isZero();
    then(limits.waitSeconds("U1")).isZero();
    // THEN the fourth waits 10 s, and the other user is not affected
    then(limits.waitSeconds("U1")).isEqualTo(10);
    then(limits.waitSeconds("U2")).isZero();
  }

  @Test
  void should_take_an_event_id_once() {
    SeenEvents seen = new SeenEvents(2);
    then(seen.firstTime("Ev1")).isTrue();
    then(seen.firstTime("Ev1")).isFalse();
    then(seen.firstTime("Ev2")).isTrue();
    then(seen.firstTime("Ev3")).isTrue();
    then(seen.firstTime("Ev1")).as("the oldest id was forgotten").isTrue();
  }
}
