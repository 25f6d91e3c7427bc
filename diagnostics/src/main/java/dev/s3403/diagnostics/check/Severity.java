package dev.s3403.diagnostics.check;

/** How a cause blocks: what the caller can expect if nobody changes a policy or setting. */
public enum Severity {
  /** Every such request fails until the configuration changes. */
  BLOCKING,
  /** Requests fail only with some attributes (a header, a network path, a key, a time); others succeed. */
  CONDITIONAL,
  /** It passes by itself: propagation delay, an expiry, clock skew; retrying or renewing fixes it. */
  TRANSIENT
}
