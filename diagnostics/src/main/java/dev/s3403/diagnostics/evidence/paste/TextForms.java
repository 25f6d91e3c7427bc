package dev.s3403.diagnostics.evidence.paste;

import java.util.List;
import java.util.Optional;

/**
 * Values in the {@code --output text} and {@code --output table} forms. Text prints a nested object's scalars on one
 * line after its upper-cased name; a table prints a header row of names over a row of values, or a single name and
 * its value side by side.
 */
final class TextForms {
  private TextForms() {}

  /** The words after a text line's leading label ({@code RULES  BucketOwnerEnforced}), when there is one word. */
  static Optional<String> after(List<List<String>> lines, String label) {
    return words(lines, label).filter(w -> w.size() == 1).map(List::getFirst);
  }

  /** The words after a text line's leading label. */
  static Optional<List<String>> words(List<List<String>> lines, String label) {
    for (List<String> line : lines) {
      if (line.size() > 1 && line.getFirst().equals(label)) return Optional.of(line.subList(1, line.size()));
    }
    return Optional.empty();
  }

  /** The value under a header cell, or beside a name cell. */
  static Optional<String> cell(List<List<String>> rows, String name) {
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      int at = row.indexOf(name);
      if (at < 0) continue;
      if (row.size() == 2 && at == 0) return Optional.of(row.get(1));
      if (r + 1 < rows.size() && rows.get(r + 1).size() == row.size()) return Optional.of(rows.get(r + 1).get(at));
    }
    return Optional.empty();
  }
}
