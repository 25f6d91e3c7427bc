package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.check.Status;
import java.util.List;

/**
 * One cause the diagnosis reports: the check's metadata, how certain it is, and why.
 *
 * @param fromText true when only the error text speaks for it (no evidence either way)
 * @param fix how to remove it, for the confirmed and likely causes; null for the merely possible ones
 */
public record Cause(CheckInfo info, Status status, String detail, List<Finding.EvidenceRef> evidence, boolean fromText,
    Fix fix) {
  public Cause {
    evidence = List.copyOf(evidence);
  }

  public Cause(CheckInfo info, Status status, String detail, List<Finding.EvidenceRef> evidence, boolean fromText) {
    this(info, status, detail, evidence, fromText, null);
  }

  Cause withFix(Fix fix) {
    return new Cause(info, status, detail, evidence, fromText, fix);
  }
}
