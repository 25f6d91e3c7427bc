/**
 * Pasted AWS CLI outputs as evidence: {@link dev.s3403.diagnostics.evidence.paste.PastedOutputs#recognize} reads
 * the output of a command a diagnosis asked for ({@code get-bucket-policy}, {@code head-object}, {@code kms
 * get-key-policy}, {@code iam get-role-policy}, …), pasted into a conversation with or without its command line,
 * into a bundle to merge with {@link dev.s3403.diagnostics.evidence.Evidence#merge}, or says in one line why it
 * cannot. One class per command family; each writes the bundle's documented JSON and reads it back with
 * {@link dev.s3403.diagnostics.evidence.EvidenceReader}.
 */
package dev.s3403.diagnostics.evidence.paste;
