package dev.s3403.bot.slack;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per user: a burst of {@code burst} requests, refilled at one per {@code refillSeconds}. */
final class RateLimits {
  private final int burst;
  private final double refillSeconds;
  private final Clock clock;
  private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

  RateLimits(int burst, double refillSeconds, Clock clock) {
    this.burst = burst;
    this.refillSeconds = refillSeconds;
    this.clock = clock;
  }

  /** 0 when the user may go ahead (and a token is taken), else the seconds until they may. */
  long waitSeconds(String user) {
    if (user == null) return 0;
    double now = clock.millis() / 1000.0;
    double[] result = new double[1];
    buckets.compute(user, (k, b) -> {
      double[] bucket = b == null ? new double[] {burst, now} : b;
      double tokens = Math.min(burst, bucket[0] + (now - bucket[1]) / refillSeconds);
      if (tokens >= 1) {
        result[0] = 0;
        return new double[] {tokens - 1, now};
      }
      result[0] = Math.ceil((1 - tokens) * refillSeconds);
      return new double[] {tokens, now};
    });
    return (long) result[0];
  }
}
