package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Group;

/**
 * A role's or user's {@code identityPolicies}: its inline and attached policies and, for a user, its groups'. The
 * list calls run concurrently, then every policy's own chain does, so the cost is a few call latencies, not their sum.
 */
final class IdentityPolicies {
  private final IamClient iam;
  private final Draft draft;
  private final String pointer;
  private final ExecutorService pool;

  /** @param pointer the {@code identityPolicies} member, which failures of the list calls name */
  IdentityPolicies(IamClient iam, Draft draft, String pointer, ExecutorService pool) {
    this.iam = iam;
    this.draft = draft;
    this.pointer = pointer;
    this.pool = pool;
  }

  /** A policy found by a list call, before its document is read. */
  private sealed interface Listed {
    record Inline(PolicyOwner owner, String name) implements Listed {}

    record Attached(String name, String arn) implements Listed {}
  }

  /**
   * The policies in a fixed order (own inline, own attached, then each group's inline and attached), or null when
   * one list could not be read: the list would claim fewer policies than the principal has, so it stays unknown.
   */
  ArrayNode read(PolicyOwner owner) throws InterruptedException {
    List<Future<List<Listed>>> lists = new ArrayList<>(lists(owner));
    if (owner instanceof PolicyOwner.User user) lists.add(pool.submit(() -> groups(user)));
    List<Listed> listed = joinAll(lists);
    if (listed == null) return null;
    List<Future<ObjectNode>> entries = new ArrayList<>();
    for (Listed policy : distinct(listed)) {
      String at = pointer + "/" + entries.size();
      entries.add(pool.submit(() -> switch (policy) {
        case Listed.Inline(PolicyOwner o, String name) -> IamPolicies.inline(iam, draft, at, o, name);
        case Listed.Attached(String name, String arn) -> IamPolicies.managed(iam, draft, at, name, arn);
      }));
    }
    ArrayNode out = Draft.json().createArrayNode();
    for (Future<ObjectNode> entry : entries) out.add(Futures.join(entry));
    return out;
  }

  private List<Future<List<Listed>>> lists(PolicyOwner owner) {
    return List.of(
        pool.submit(() -> names(owner)),
        pool.submit(() -> attached(owner)));
  }

  private List<Listed> names(PolicyOwner owner) {
    List<String> names = Page.all(draft, pointer, owner.listInlineAction(), marker -> owner.inline(iam, marker));
    return names == null ? null : names.stream().<Listed>map(n -> new Listed.Inline(owner, n)).toList();
  }

  private List<Listed> attached(PolicyOwner owner) {
    var attached = Page.all(draft, pointer, owner.listAttachedAction(), marker -> owner.attached(iam, marker));
    return attached == null ? null
        : attached.stream().<Listed>map(a -> new Listed.Attached(a.policyName(), a.policyArn())).toList();
  }

  private List<Listed> groups(PolicyOwner.User user) throws InterruptedException {
    List<Group> groups = Page.all(draft, pointer, "iam:ListGroupsForUser", marker -> {
      var r = iam.listGroupsForUser(b -> b.userName(user.name()).marker(marker));
      return Page.of(r.groups(), r.isTruncated(), r.marker());
    });
    if (groups == null) return null;
    List<Future<List<Listed>>> lists = new ArrayList<>();
    for (Group g : groups) lists.addAll(lists(new PolicyOwner.Group(g.groupName())));
    return joinAll(lists);
  }

  /** A managed policy attached both to the user and to one of its groups is one policy, read once. */
  private static List<Listed> distinct(List<Listed> listed) {
    Set<String> arns = new HashSet<>();
    return listed.stream().filter(p -> !(p instanceof Listed.Attached a) || arns.add(a.arn())).toList();
  }

  /** Every list's items in order, or null when any list is null (waits for all, so none is left running). */
  private static List<Listed> joinAll(List<Future<List<Listed>>> lists) throws InterruptedException {
    List<Listed> out = new ArrayList<>();
    boolean complete = true;
    for (Future<List<Listed>> list : lists) {
      List<Listed> items = Futures.join(list);
      if (items == null) complete = false;
      else out.addAll(items);
    }
    return complete ? out : null;
  }
}
