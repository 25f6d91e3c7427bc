package dev.s3403.diagnostics.actions;

import java.util.Objects;

/**
 * One IAM action an operation needs, on which resource, and under which condition.
 *
 * @param action   the IAM action, e.g. {@code s3:GetObject}
 * @param resource the resource ARN with bucket and key filled in, {@code "*"} for account-level actions, or
 *                 {@code null} when part of the ARN is unknown (bucket or key not given, KMS key, IAM role)
 * @param when     {@link When#ALWAYS}, or a lower-case phrase naming the condition (constants in {@link When})
 */
public record RequiredAction(String action, String resource, String when) {

  public RequiredAction {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(when, "when");
  }

  /** True when the action is needed whatever the request carries ({@code always}, a side of a copy, …). */
  public boolean unconditional() {
    return When.isUnconditional(when);
  }
}
