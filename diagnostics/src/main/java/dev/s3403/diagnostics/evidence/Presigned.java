package dev.s3403.diagnostics.evidence;

import java.time.Instant;

/**
 * How a presigned URL was signed: a URL signed with temporary credentials dies with them, whatever its expiry says.
 *
 * @param signer the ARN whose credentials signed the URL
 * @param expiresIn seconds from {@code signedAt}
 */
public record Presigned(Fact<String> signer, Fact<AccessKeyType> accessKeyType, Fact<Instant> signedAt,
    Fact<Long> expiresIn, Fact<Instant> credentialsExpireAt) {

  /** Temporary ({@code ASIA…}) or long-term ({@code AKIA…}) access keys. */
  public enum AccessKeyType implements WireName {
    TEMPORARY("temporary"), LONG_TERM("long-term");

    private final String wire;

    AccessKeyType(String wire) {
      this.wire = wire;
    }

    @Override
    public String wire() {
      return wire;
    }
  }
}
