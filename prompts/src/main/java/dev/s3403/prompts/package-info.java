/**
 * Phrasing of what the deterministic engine found: plain text, and (when configured) a language model whose
 * answers pass a guard. Nothing here decides a cause. The model integration arrives with the phrasing issue.
 */
package dev.s3403.prompts;
