package dev.s3403.diagnostics.actions;

import java.util.List;
import java.util.Objects;

/**
 * One S3 API operation as the table describes it.
 *
 * @param operation       the operation as AWS spells it
 * @param directoryBucket how the operation is authorized on a directory bucket
 * @param note            where an entry comes from when it is not plain taxonomy §3 (documentation only)
 * @param actions         the actions, unconditional ones first
 */
record OperationSpec(String operation, DirectoryBucketMode directoryBucket, String note, List<ActionSpec> actions) {

  OperationSpec {
    Objects.requireNonNull(operation, "operation");
    directoryBucket = directoryBucket == null ? DirectoryBucketMode.UNSUPPORTED : directoryBucket;
    actions = List.copyOf(actions);
  }

  /** How S3 Express One Zone authorizes an operation on a directory bucket (taxonomy §3.3). */
  enum DirectoryBucketMode {
    /** Zonal endpoint: the session from {@code s3express:CreateSession} authorizes the call. */
    ZONAL,
    /** Regional endpoint: a per-operation {@code s3express:} action, named like the {@code s3:} one. */
    REGIONAL,
    /** Not available on directory buckets; the general purpose mapping applies. */
    UNSUPPORTED
  }
}
