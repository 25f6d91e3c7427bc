package dev.s3403.diagnostics.check;

import java.util.List;

/**
 * What one check found, and why: every finding explains itself, whether it confirms or rules out.
 *
 * @param detail one or two sentences naming the exact statement, setting or key
 * @param evidence where in the bundle (JSON pointer) or the message the finding comes from
 */
public record Finding(Status status, String detail, List<EvidenceRef> evidence) {

  public Finding {
    evidence = List.copyOf(evidence);
  }

  /** A place in the evidence a finding rests on. */
  public record EvidenceRef(String source, String statement, String note) {}

  public static Finding confirmed(String detail, List<EvidenceRef> evidence) {
    return new Finding(Status.CONFIRMED, detail, evidence);
  }

  public static Finding likely(String detail, List<EvidenceRef> evidence) {
    return new Finding(Status.LIKELY, detail, evidence);
  }

  public static Finding possible(String detail) {
    return new Finding(Status.POSSIBLE, detail, List.of());
  }

  public static Finding ruledOut(String why) {
    return new Finding(Status.RULED_OUT, why, List.of());
  }

  /** The evidence says nothing either way: the text's reading stands. */
  public static Finding silent() {
    return new Finding(Status.SILENT, "", List.of());
  }
}
