package dev.s3403.bot.conversation;

import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.evidence.Bundle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All a conversation has been given, and where it stands. Immutable.
 *
 * @param errorText the error being diagnosed: the latest one when the user pasted a new error
 * @param evidence the pasted CLI outputs and policy documents, merged into one bundle
 * @param answers question id to answer, as {@code diagnose --answers} takes them, in the order given
 * @param inputs every message the user gave, in order, verbatim; a button's answer is recorded as the reply that
 *     gives it, {@code question-id: answer}
 * @param diagnosis the diagnosis of {@code errorText} with {@code evidence} and {@code answers}
 */
public record Conversation(String errorText, Bundle evidence, Map<String, String> answers, List<String> inputs,
    Diagnosis diagnosis) {

  public Conversation {
    Objects.requireNonNull(errorText);
    Objects.requireNonNull(evidence);
    Objects.requireNonNull(diagnosis);
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    inputs = List.copyOf(inputs);
  }
}
