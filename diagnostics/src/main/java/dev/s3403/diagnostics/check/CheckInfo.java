package dev.s3403.diagnostics.check;

/**
 * What every check says about itself: its root-cause id (taxonomy §5.3), its code there (e.g. {@code C6}), a
 * title, its family, how it blocks, who owns the fix, and how common it is (taxonomy §6: 1 is the most common;
 * causes outside the top ten share one larger number).
 */
public record CheckInfo(String id, String code, String title, Family family, Severity severity, Owner owner,
    int commonness) {

  /** Ranks below the top ten of taxonomy §6. */
  public static final int UNCOMMON = 20;

  /** The classpath resource of the check's page: explanation and remediation in Markdown. */
  public String page() {
    return "/checks/" + id + ".md";
  }
}
