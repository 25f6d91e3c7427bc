package dev.s3403.diagnostics.resolve;

import dev.s3403.diagnostics.actions.RequiredAction;
import java.util.List;

/**
 * The request the diagnosis is about, from the error text and the evidence together.
 *
 * @param principal who made the request: the evidence's principal, else the one the message names; null when
 *     neither says
 * @param messagePrincipal the principal the error message names, or null; when it differs from the evidence's,
 *     the evidence was collected for someone else
 * @param actions what the operation needs and, among its conditional actions, those the evidence says apply,
 *     with their resources filled in where known (the KMS key of an SSE-KMS object)
 * @param conditional conditional actions whose condition the evidence does not settle
 */
public record ResolvedRequest(String principal, String messagePrincipal, String principalAccount, String bucket,
    String key, String bucketAccount, Relation relation, String operation, List<RequiredAction> actions,
    List<RequiredAction> conditional) {

  public ResolvedRequest {
    actions = List.copyOf(actions);
    conditional = List.copyOf(conditional);
  }

  public boolean crossAccount() {
    return relation == Relation.CROSS_ACCOUNT || relation == Relation.SAME_ORGANIZATION
        || relation == Relation.CROSS_ORGANIZATION;
  }
}
