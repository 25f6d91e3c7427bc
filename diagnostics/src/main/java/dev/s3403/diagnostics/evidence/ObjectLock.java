package dev.s3403.diagnostics.evidence;

/** A bucket's default Object Lock retention: a mode and a period in days or years. */
public record ObjectLock(Fact<Mode> mode, Fact<Integer> days, Fact<Integer> years) {

  /** Governance retention can be bypassed with a permission; compliance retention cannot. */
  public enum Mode implements WireName {
    GOVERNANCE, COMPLIANCE;

    @Override
    public String wire() {
      return name();
    }
  }
}
