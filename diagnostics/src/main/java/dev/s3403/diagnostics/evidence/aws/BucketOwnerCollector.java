package dev.s3403.diagnostics.evidence.aws;

import java.util.Set;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;

/**
 * Which account owns the bucket, as far as a read-only collector can tell: S3 names no owner account, but a bucket
 * in the collector's own {@code ListBuckets} belongs to the collector's account (the account whose read-only role
 * was assumed). Also gives that account's canonical id, which ACLs name. Same account or not decides how AWS weighs
 * the policies, so without this the decision stays undetermined.
 */
public final class BucketOwnerCollector implements Collector {
  @Override
  public String name() {
    return "bucket owner";
  }

  @Override
  public Set<String> actions() {
    return Set.of("s3:ListAllMyBuckets");
  }

  /** The collector's own account comes from the caller collector's answer, not from a second call. */
  @Override
  public Set<String> after() {
    return Set.of("caller");
  }

  @Override
  public String area(Target target) {
    return "/buckets/" + Draft.segment(target.bucket()) + "/account";
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) {
    if (target.bucket() == null) return;
    var me = draft.get(CallerCollector.AREA + "/account");
    if (me == null || !me.isTextual()) return;
    ListBucketsResponse mine = Calls.call(draft, area(target), "s3:ListAllMyBuckets", Set.of(), () -> aws.s3().listBuckets());
    if (mine == null) return;
    if (mine.owner() != null && mine.owner().id() != null) {
      draft.put("/accounts/" + me.asText() + "/canonicalId", Draft.json().getNodeFactory().textNode(mine.owner().id()));
    }
    // Not in the list says only "another account"; which one is not ours to know, so the member stays unknown.
    if (mine.buckets().stream().anyMatch(b -> target.bucket().equals(b.name()))) {
      draft.put(area(target), Draft.json().getNodeFactory().textNode(me.asText()));
    }
  }
}
