package dev.s3403.diagnostics.evidence.paste;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One command's part of a paste: its command line, when pasted, and the output under it. A paste with several
 * command lines has one part per command line, plus a part for whatever came before the first.
 */
record Paste(Optional<CommandLine> line, String output) {

  /** The parts of a repaired paste, in order; parts with neither a command line nor any output are left out. */
  static List<Paste> split(String text) {
    List<Paste> parts = new ArrayList<>();
    Optional<CommandLine> line = Optional.empty();
    StringBuilder output = new StringBuilder();
    for (String raw : joinContinuations(text).split("\n", -1)) {
      Optional<CommandLine> next = CommandLine.parse(raw);
      if (next.isPresent()) {
        add(parts, line, output);
        line = next;
        output.setLength(0);
      } else if (!isBarePrompt(raw)) {
        output.append(raw).append('\n');
      }
    }
    add(parts, line, output);
    return parts;
  }

  private static void add(List<Paste> parts, Optional<CommandLine> line, StringBuilder output) {
    String text = output.toString().strip();
    if (line.isPresent() || !text.isEmpty()) parts.add(new Paste(line, text));
  }

  // A terminal shows a fresh prompt after the output; it is neither output nor a command.
  private static boolean isBarePrompt(String line) {
    String s = line.strip();
    return s.equals("$") || s.equals("%") || s.equals("#") || s.equals(">") || s.matches("PS [^ ]*>|\\S+@\\S+[$#%]");
  }

  /** A command continued with {@code \} (sh), {@code `} (PowerShell) or {@code ^} (cmd) is one line. */
  private static String joinContinuations(String text) {
    StringBuilder out = new StringBuilder(text.length());
    StringBuilder logical = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      logical.append(line);
      String s = logical.toString().stripTrailing();
      boolean continued = !s.isEmpty() && "\\`^".indexOf(s.charAt(s.length() - 1)) >= 0
          && CommandLine.parse(s.substring(0, s.length() - 1)).isPresent();
      if (continued) {
        logical.setLength(0);
        logical.append(s, 0, s.length() - 1).append(' ');
      } else {
        out.append(logical).append('\n');
        logical.setLength(0);
      }
    }
    out.append(logical);
    return out.toString();
  }
}
