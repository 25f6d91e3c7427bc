package dev.s3403.diagnostics.evidence.aws;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The object of the request: HeadObject (existence, encryption, storage class, restore, Object Lock) and its ACL, in
 * parallel. An object that does not exist is {@code {"exists": false}} and nothing else. The owner's account cannot
 * be told from its canonical id, so only {@code acl.owner} names the owner.
 */
public final class ObjectCollector implements Collector {
  private static final String HEAD = "s3:GetObject";
  private static final String ACL = "s3:GetObjectAcl";
  /** The members in the order the bundle lists them. */
  private static final List<String> MEMBERS = List.of("exists", "encryption", "storageClass", "restored", "acl",
      "legalHold", "retainUntil");

  @Override
  public String name() {
    return "object";
  }

  @Override
  public Set<String> actions() {
    return Set.of(HEAD, ACL);
  }

  @Override
  public String area(Target target) {
    String objects = "/buckets/" + Draft.segment(target.bucket()) + "/objects";
    return target.key() == null ? objects : objects + "/" + Draft.segment(target.key());
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) throws InterruptedException {
    if (target.key() == null) return;
    var staged = new StagedMembers(draft, area(target), Set.of("NoSuchKey", "NoSuchBucket"));
    var head = new AtomicReference<ObjectHead>();
    staged.inParallel(List.of(
        () -> head.set(Calls.call(staged.draft(), staged.pointer("exists"), HEAD, Set.of(),
            () -> ObjectHead.of(aws.s3(), target.bucket(), target.key()))),
        () -> staged.read(new StagedMembers.Read<>("acl", ACL, Set.of(),
            () -> aws.s3().getObjectAcl(r -> r.bucket(target.bucket()).key(target.key())),
            r -> S3Answers.acl(r.owner(), r.grants())))));
    boolean missing = stageHead(head.get(), staged);
    if (missing || staged.gone()) {
      staged.writeDoesNotExist();
      return;
    }
    staged.writeAll(MEMBERS);
  }

  /** Stages what HeadObject said; returns whether it said the object does not exist. */
  private static boolean stageHead(ObjectHead head, StagedMembers staged) {
    switch (head) {
      case ObjectHead.Missing missing -> {
        return true;
      }
      case ObjectHead.Found found -> ObjectHead.members(found.response()).properties()
          .forEach(member -> staged.put(member.getKey(), member.getValue()));
      case ObjectHead.Denied denied -> ObjectHead.ANSWERED
          .forEach(member -> staged.unavailable(member, "AccessDenied on " + HEAD + " (HeadObject)"));
      // Calls named why HeadObject failed at `exists`; what else it would have said is unknown for the same reason.
      case null -> staged.unavailableReason("exists").ifPresent(reason -> ObjectHead.ANSWERED.stream()
          .filter(member -> !member.equals("exists")).forEach(member -> staged.unavailable(member, reason)));
    }
    return false;
  }
}
