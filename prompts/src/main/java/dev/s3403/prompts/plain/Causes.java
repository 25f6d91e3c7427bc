package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.check.Finding;
import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Which causes besides the top one are worth a sentence. */
final class Causes {
  private Causes() {}

  /**
   * The confirmed causes after the top one, without those that restate it: the same statement seen as a more
   * general cause (a network Deny is also a bucket-policy Deny), or the same fix.
   */
  static List<Cause> otherConfirmed(Diagnosis d, Cause top) {
    return d.causes().stream().skip(1).filter(c -> c.status() == Status.CONFIRMED).filter(c -> !restates(top, c)).toList();
  }

  /** The cause's title; its id when it has none. */
  static String title(Cause c) {
    String title = c.info().title();
    if (title != null && !title.isBlank()) return title.strip();
    return c.info().id() == null || c.info().id().isBlank() ? "a cause without a name" : "`" + c.info().id() + "`";
  }

  private static boolean restates(Cause top, Cause c) {
    if (top.fix() != null && c.fix() != null && Objects.equals(top.fix().summary(), c.fix().summary())) return true;
    Set<String> topStatements = statements(top);
    Set<String> statements = statements(c);
    return !statements.isEmpty() && topStatements.containsAll(statements);
  }

  private static Set<String> statements(Cause c) {
    return c.evidence().stream().map(Finding.EvidenceRef::statement).filter(Objects::nonNull).collect(Collectors.toSet());
  }
}
