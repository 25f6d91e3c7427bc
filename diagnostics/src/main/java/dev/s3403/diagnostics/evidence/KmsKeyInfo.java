package dev.s3403.diagnostics.evidence;

import java.util.List;

/**
 * A KMS key that encrypts the object or bucket of the request.
 *
 * @param manager {@code AWS} for the {@code aws/*} keys, whose policy nobody can change
 * @param policy the key policy
 */
public record KmsKeyInfo(Fact<String> account, Fact<Manager> manager, Fact<List<String>> aliases, Fact<State> state,
    Fact<PolicyDocument> policy, Fact<List<KmsGrant>> grants) {

  public KmsKeyInfo {
    aliases = Immutable.list(aliases);
    grants = Immutable.list(grants);
  }

  /** Who manages the key. */
  public enum Manager implements WireName {
    AWS, CUSTOMER;

    @Override
    public String wire() {
      return name();
    }
  }

  /**
   * The key state. The spec lists the four that matter most; the others are AWS's ({@code KeyState} in the KMS API)
   * so that a collector's answer is never turned away.
   */
  public enum State implements WireName {
    ENABLED("Enabled"), DISABLED("Disabled"), PENDING_DELETION("PendingDeletion"), PENDING_IMPORT("PendingImport"),
    PENDING_REPLICA_DELETION("PendingReplicaDeletion"), CREATING("Creating"), UNAVAILABLE("Unavailable"),
    UPDATING("Updating");

    private final String wire;

    State(String wire) {
      this.wire = wire;
    }

    @Override
    public String wire() {
      return wire;
    }
  }
}
