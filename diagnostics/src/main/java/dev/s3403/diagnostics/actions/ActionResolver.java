package dev.s3403.diagnostics.actions;

import dev.s3403.diagnostics.actions.ActionSpec.Side;
import dev.s3403.diagnostics.actions.OperationSpec.DirectoryBucketMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns an operation's table entry into concrete actions for a request's bucket and key.
 *
 * <p>Two kinds of bucket change the actions, not just the ARNs: directory buckets (S3 Express One Zone) and
 * Object Lambda access points (taxonomy §3.3).
 */
final class ActionResolver {

  private static final String CREATE_SESSION = "s3express:CreateSession";
  private static final String S3_PREFIX = "s3:";

  private ActionResolver() {
  }

  static List<RequiredAction> resolve(OperationSpec spec, Target target, Target source) {
    var out = new ArrayList<RequiredAction>();
    for (ActionSpec action : spec.actions()) {
      Target on = action.side() == Side.SOURCE ? source : target;
      String when = settle(action.when(), target);
      if (when == null) {
        continue;
      }
      if (ResourceArns.isDirectoryBucket(on.bucket()) && spec.directoryBucket() != DirectoryBucketMode.UNSUPPORTED) {
        directoryBucket(spec.directoryBucket(), action, on, when, out);
      } else if (ResourceArns.isObjectLambdaAccessPoint(on.bucket()) && isDataAction(action)) {
        objectLambda(action, on, when, out);
      } else {
        out.add(new RequiredAction(action.action(), ResourceArns.of(action.resource(), on.bucket(), on.key()), when));
      }
    }
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /**
   * s3 and s3control share the public access block operation names: a known bucket settles which one ran.
   * Returns {@code null} for an action the request's arguments rule out.
   */
  private static String settle(String when, Target target) {
    boolean bucketKnown = target.bucket() != null && !target.bucket().isBlank();
    if (when.equals(When.TARGETS_BUCKET) && bucketKnown) {
      return When.ALWAYS;
    }
    if (when.equals(When.TARGETS_ACCOUNT) && bucketKnown) {
      return null;
    }
    return when;
  }

  private static void directoryBucket(DirectoryBucketMode mode, ActionSpec action, Target on, String when,
      List<RequiredAction> out) {
    if (!action.action().startsWith(S3_PREFIX)) {
      out.add(new RequiredAction(action.action(), ResourceArns.of(action.resource(), on.bucket(), on.key()), when));
      return;
    }
    // ACLs, object tags, versions and Object Lock do not exist on directory buckets.
    if (!When.isUnconditional(when)) {
      return;
    }
    String translated = mode == DirectoryBucketMode.ZONAL
        ? CREATE_SESSION
        : "s3express:" + action.action().substring(S3_PREFIX.length());
    out.add(new RequiredAction(translated, ResourceArns.of(ResourceKind.DIRECTORY_BUCKET, on.bucket(), null), when));
  }

  private static void objectLambda(ActionSpec action, Target on, String when, List<RequiredAction> out) {
    String name = action.action().substring(S3_PREFIX.length());
    out.add(new RequiredAction("s3-object-lambda:" + name, on.bucket(), when));
    if (When.isUnconditional(when)) {
      // The caller also invokes the function, and S3 calls the supporting access point on its behalf.
      out.add(new RequiredAction("lambda:InvokeFunction", null, When.ALWAYS));
      out.add(new RequiredAction(action.action(), null, When.SUPPORTING_ACCESS_POINT));
    }
  }

  private static boolean isDataAction(ActionSpec action) {
    return action.action().startsWith(S3_PREFIX)
        && (action.resource() == ResourceKind.OBJECT || action.resource() == ResourceKind.BUCKET);
  }

  /** A bucket and key as the request names them; either may be {@code null}. */
  record Target(String bucket, String key) {

    static final Target NONE = new Target(null, null);
  }
}
