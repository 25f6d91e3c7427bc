package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one non-null JSON value of a bundle. A value that cannot be used is reported at {@code at} and comes back
 * {@link Fact.Unknown}; nothing is thrown.
 */
@FunctionalInterface
interface Read<T> {
  Fact<T> read(JsonNode node, At at);
}
