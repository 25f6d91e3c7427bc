/**
 * The evidence bundle ({@code spec/evidence-bundle.md}, format {@code s3-403/evidence@1}): everything known about one
 * failed S3 request, whatever its source. Immutable records hold it, with every member a {@link
 * dev.s3403.diagnostics.evidence.Fact} so that unknown, known absent and known stay apart; {@link
 * dev.s3403.diagnostics.evidence.EvidenceReader} reads JSON without throwing and names a JSON pointer for each problem,
 * {@link dev.s3403.diagnostics.evidence.EvidenceWriter} writes it back, and {@link
 * dev.s3403.diagnostics.evidence.Evidence#merge} combines bundles from several sources.
 */
package dev.s3403.diagnostics.evidence;
