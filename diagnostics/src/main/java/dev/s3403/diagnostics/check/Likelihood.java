package dev.s3403.diagnostics.check;

/** How strongly what is known points at a cause, weakest first. */
public enum Likelihood {
  /** Nothing points here. */
  NONE,
  /** A cause of this shape of error, among others. */
  POSSIBLE,
  /** The text points here more than elsewhere. */
  LIKELY,
  /** The text names it: the error code or AWS's own message decides. */
  DECIDED
}
