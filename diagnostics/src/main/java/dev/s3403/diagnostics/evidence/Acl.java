package dev.s3403.diagnostics.evidence;

import java.util.List;

/**
 * An access control list of a bucket or an object.
 *
 * @param owner the owner's canonical user id
 */
public record Acl(Fact<String> owner, Fact<List<Grant>> grants) {

  public Acl {
    grants = Immutable.list(grants);
  }
}
