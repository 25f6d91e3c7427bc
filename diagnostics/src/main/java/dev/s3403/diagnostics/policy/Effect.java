package dev.s3403.diagnostics.policy;

/** A statement's effect. AWS spells it exactly {@code Allow} or {@code Deny}. */
public enum Effect {
  ALLOW, DENY
}
