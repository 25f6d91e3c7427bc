package dev.s3403.diagnostics.diagnosis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A concrete change that removes a cause: what to do, the commands with the real names, and for a policy change
 * the whole new document.
 *
 * @param patch the policy to write, or null when the fix is not a policy change
 * @param verified true only when the evidence with the patch applied evaluates to Allowed for every required action
 */
public record Fix(String summary, List<String> steps, List<String> commands, Patch patch, boolean verified) {

  public Fix {
    steps = List.copyOf(steps);
    commands = List.copyOf(commands);
  }

  /** A policy document to write at a place in the evidence (a JSON pointer into the bundle). */
  public record Patch(String target, ObjectNode document) {
    public Patch {
      document = document.deepCopy();
    }

    @Override
    public ObjectNode document() {
      return document.deepCopy();
    }
  }
}
