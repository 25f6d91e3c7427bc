package dev.s3403.diagnostics.diagnosis;

import java.util.List;

/**
 * What to ask when causes stay open (spec/cli.md, "questions"): the question, its answers, the read-only command
 * whose output settles it, and the causes it settles.
 */
public record Question(String id, String text, List<String> options, String command, List<String> settles) {
  public Question {
    options = List.copyOf(options);
    settles = List.copyOf(settles);
  }
}
