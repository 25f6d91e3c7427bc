package dev.s3403.diagnostics.check;

/** What a check concluded, most certain first. */
public enum Status {
  /** The evidence (or AWS's own message) proves it. */
  CONFIRMED("confirmed"),
  /** The evidence or the text points here, without proof. */
  LIKELY("likely"),
  /** A cause of this shape of error that nothing rules out. */
  POSSIBLE("possible"),
  /** The evidence shows it is not the cause. */
  RULED_OUT("ruled out"),
  /** Neither the evidence nor the text says anything about it. */
  SILENT("silent");

  private final String wireName;

  Status(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
