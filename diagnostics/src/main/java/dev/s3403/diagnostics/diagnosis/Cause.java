package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.check.CheckInfo;
import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.check.Status;
import java.util.List;

/**
 * One cause the diagnosis reports: the check's metadata, how certain it is, and why.
 *
 * @param fromText true when only the error text speaks for it (no evidence either way)
 */
public record Cause(CheckInfo info, Status status, String detail, List<Finding.EvidenceRef> evidence, boolean fromText) {
  public Cause {
    evidence = List.copyOf(evidence);
  }
}
