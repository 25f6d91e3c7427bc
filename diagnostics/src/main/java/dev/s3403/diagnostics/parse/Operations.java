package dev.s3403.diagnostics.parse;

import dev.s3403.diagnostics.actions.OperationActions;
import dev.s3403.diagnostics.actions.RequiredAction;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What the parser needs to know of an operation: whether it works on a bucket (so a path is no key). */
final class Operations {
  private Operations() {}

  private static final Set<String> LISTINGS = Set.of("ListObjects", "ListObjectsV2", "ListObjectVersions",
      "ListMultipartUploads");

  private static final Pattern LISTING_COMMAND = Pattern.compile(
      "(?m)(?:^|[$>#] ?)\\s*(?:aws s3 ls|s3cmd (?:ls|la|du)|rclone (?:ls|lsd|lsl|lsf|lsjson|size)) ");

  /** Bucket-level or account-level: no action it needs is on an object. */
  private static final java.util.Map<String, Boolean> BUCKET_LEVEL = new java.util.concurrent.ConcurrentHashMap<>();

  static boolean isBucketLevel(String operation) {
    return BUCKET_LEVEL.computeIfAbsent(operation, Operations::workOnBucket);
  }

  private static boolean workOnBucket(String operation) {
    if (!OperationActions.isS3Operation(operation)) return false;
    List<RequiredAction> actions = OperationActions.requiredActions(operation, "bucket-probe", "key-probe");
    return !actions.isEmpty() && actions.stream().noneMatch(a -> a.resource() != null && a.resource().endsWith("/key-probe"));
  }

  /** A listing command with no operation named: {@code aws s3 ls s3://b/p/}, {@code s3cmd ls}. */
  static boolean isListingCommand(String text) {
    return (text.contains(" ls ") || text.contains(" la ") || text.contains(" lsd ") || text.contains(" du "))
        && LISTING_COMMAND.matcher(text).find() || text.contains("listObjects() on ") || text.contains("listStatus on ");
  }

  private static final Set<String> S3_ACTIONS = OperationActions.operations().stream()
      .flatMap(op -> OperationActions.requiredActions(op, "b", "k").stream())
      .map(a -> a.action().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());

  /** Whether an {@code s3:} action is a real one: {@code s3:GetOb} is a cut, not an action. */
  static boolean isKnownAction(String action) {
    if (action == null) return false;
    if (!action.regionMatches(true, 0, "s3:", 0, 3)) return action.indexOf(':') > 0 && !action.endsWith(":");
    return S3_ACTIONS.contains(action.toLowerCase(java.util.Locale.ROOT)) || action.contains("*");
  }

  static boolean isListing(String operation) {
    return LISTINGS.contains(operation);
  }
}
