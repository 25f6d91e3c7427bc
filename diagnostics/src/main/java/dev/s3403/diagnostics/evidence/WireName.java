package dev.s3403.diagnostics.evidence;

/** An enum constant of the format, spelt as the bundle (and AWS) spell it. */
interface WireName {
  String wire();
}
