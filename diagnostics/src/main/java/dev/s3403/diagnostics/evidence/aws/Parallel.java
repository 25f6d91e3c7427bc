package dev.s3403.diagnostics.evidence.aws;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the calls a collector started at once, on virtual threads. */
final class Parallel {
  private Parallel() {}

  /** The task's result; what it threw is thrown as it was: {@link Calls} already turned AWS's refusals into values. */
  static <T> T join(Future<T> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    }
  }
}
