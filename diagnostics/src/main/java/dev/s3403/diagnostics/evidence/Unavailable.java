package dev.s3403.diagnostics.evidence;

import java.util.Objects;

/**
 * Evidence that could not be collected, so an answer can say what it could not check.
 *
 * @param what a JSON pointer into the bundle ({@code /buckets/acme-reports/policy})
 * @param reason why, such as the collector's own {@code AccessDenied on s3:GetBucketPolicy}
 */
public record Unavailable(String what, String reason) {
  public Unavailable {
    Objects.requireNonNull(what);
    Objects.requireNonNull(reason);
  }
}
