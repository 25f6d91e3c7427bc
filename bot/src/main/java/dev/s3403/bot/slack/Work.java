package dev.s3403.bot.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the work after an ack runs: a fixed pool with a bounded queue, so an overload is known at once and the
 * user is told kindly, instead of every request slowing down until Slack gives up.
 */
final class Work implements AutoCloseable {
  private final ThreadPoolExecutor pool;

  Work(int threads, int queue) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
      Thread t = new Thread(r, "s3-403-work-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** False when the queue is full: the caller says the bot is busy. */
  boolean offer(Runnable task) {
    try {
      pool.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /** A short notice (busy, rate-limited) sent off the ack path; its own failure is not worth more than a try. */
  void notice(MessageListener.Job job) {
    Thread.ofVirtual().start(() -> {
      try {
        job.run();
      } catch (Exception ignored) {
        // The user asked while we were overloaded; a lost notice is the lesser harm.
      }
    });
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
