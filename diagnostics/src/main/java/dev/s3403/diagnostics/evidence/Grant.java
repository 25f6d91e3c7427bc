package dev.s3403.diagnostics.evidence;

/** One entry of an ACL. */
public record Grant(Fact<Grantee> grantee, Fact<Permission> permission) {

  /** What an ACL grant allows. */
  public enum Permission implements WireName {
    FULL_CONTROL, READ, WRITE, READ_ACP, WRITE_ACP;

    @Override
    public String wire() {
      return name();
    }
  }
}
