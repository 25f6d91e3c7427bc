package dev.s3403.diagnostics.evidence.aws;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a collector's own concurrent calls. */
final class Futures {
  private Futures() {}

  /** The task's result; what it threw is thrown again, so a bug fails the collector as it would have sequentially. */
  static <T> T join(Future<T> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }
}
