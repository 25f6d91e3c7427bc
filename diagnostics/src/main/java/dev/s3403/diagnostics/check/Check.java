package dev.s3403.diagnostics.check;

/**
 * One documented root cause of an S3 403: its metadata and how it recognises itself. Each id of taxonomy §5.3
 * has exactly one implementation.
 */
public interface Check {

  CheckInfo info();

  /** From the pasted text alone (taxonomy §5.1): how strongly it points at this cause. */
  Likelihood fromText(TextClues text);

  /**
   * From the evidence: confirmed or ruled out with the statement, setting or key that shows it; silent when the
   * evidence says nothing about this cause, so that the text's reading stands.
   */
  default Finding fromEvidence(Situation situation) {
    return Finding.silent();
  }
}
