package dev.s3403.diagnostics.evidence;

import java.time.Instant;

/**
 * A named policy: an identity policy (inline, attached or from a group), a permissions boundary, an SCP or an RCP.
 * Any part may be unknown: {@code list-attached-role-policies} gives names and ARNs before anyone reads a document.
 *
 * @param updatedAt when the policy (version) last changed, so a diagnosis can see an edit made just before a failure
 */
public record PolicyDoc(Fact<String> name, Fact<String> arn, Fact<Instant> updatedAt, Fact<PolicyDocument> document) {

  /** A policy known only by its document. */
  public static PolicyDoc of(String name, PolicyDocument document) {
    return new PolicyDoc(Fact.known(name), Fact.unknown(), Fact.unknown(), Fact.known(document));
  }
}
