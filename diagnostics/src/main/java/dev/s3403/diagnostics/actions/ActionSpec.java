package dev.s3403.diagnostics.actions;

import java.util.Objects;

/**
 * One row of an operation's entry in {@code actions/s3-operations.json}.
 *
 * @param action   the IAM action
 * @param resource how the resource ARN is written
 * @param when     the condition phrase, one of {@link When#all()}
 * @param side     which bucket and key of the request the resource refers to ({@code SOURCE} only for copies)
 */
record ActionSpec(String action, ResourceKind resource, String when, Side side) {

  ActionSpec {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    when = when == null ? When.ALWAYS : when;
    side = side == null ? Side.TARGET : side;
  }

  /** Which of a request's two objects an action refers to. */
  enum Side {
    /** The bucket and key the request names (the destination of a copy). */
    TARGET,
    /** The {@code x-amz-copy-source} of CopyObject and UploadPartCopy. */
    SOURCE
  }
}
