package dev.s3403.diagnostics.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An IAM user or role.
 *
 * @param id the unique id ({@code AROA…}); a role deleted and recreated under the same name gets a new one
 * @param identityPolicies inline, attached and group policies; unknown is not the same as none
 * @param permissionsBoundary missing means the principal has none
 */
public record PrincipalInfo(Fact<String> account, Fact<Type> type, Fact<String> id, Fact<Instant> createDate,
    Fact<List<PolicyDoc>> identityPolicies, Fact<PolicyDoc> permissionsBoundary, Fact<Map<String, String>> tags) {

  public PrincipalInfo {
    identityPolicies = Immutable.list(identityPolicies);
    tags = Immutable.map(tags);
  }

  /** An IAM user or an IAM role. */
  public enum Type implements WireName {
    USER("user"), ROLE("role");

    private final String wire;

    Type(String wire) {
      this.wire = wire;
    }

    @Override
    public String wire() {
      return wire;
    }
  }
}
