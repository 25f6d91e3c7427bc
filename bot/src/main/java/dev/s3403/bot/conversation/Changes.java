package dev.s3403.bot.conversation;

import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.diagnosis.Cause;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a message changed in the diagnosis.
 *
 * @param nowConfirmed causes confirmed now and not before, most certain first: {@code `id`: title}
 * @param ruledOut causes listed before (whatever their status) that the evidence now rules out: {@code `id`: why}
 * @param topBefore the top cause's id before; null when there was none, or no diagnosis before
 * @param topAfter the top cause's id now; null when there is none
 * @param decisionBefore the request decision before ({@code ExplicitlyDenied}, …); null when there was no diagnosis
 * @param decisionAfter the request decision now
 */
public record Changes(List<String> nowConfirmed, List<String> ruledOut, String topBefore, String topAfter,
    String decisionBefore, String decisionAfter) {

  public Changes {
    nowConfirmed = List.copyOf(nowConfirmed);
    ruledOut = List.copyOf(ruledOut);
  }

  /** Whether anything changed: a cause confirmed or ruled out, another top cause, or another decision. */
  public boolean any() {
    return !nowConfirmed.isEmpty() || !ruledOut.isEmpty() || !Objects.equals(topBefore, topAfter)
        || !Objects.equals(decisionBefore, decisionAfter);
  }

  /** From one diagnosis to the next; {@code before} is null for the first, so everything it confirms is new. */
  static Changes between(Diagnosis before, Diagnosis after) {
    Set<String> confirmedBefore = before == null ? Set.of() : before.causes().stream()
        .filter(c -> c.status() == Status.CONFIRMED).map(c -> c.info().id()).collect(Collectors.toSet());
    List<String> nowConfirmed = after.causes().stream()
        .filter(c -> c.status() == Status.CONFIRMED && !confirmedBefore.contains(c.info().id()))
        .map(c -> "`%s`: %s".formatted(c.info().id(), c.info().title()))
        .toList();
    List<String> ruledOut = new ArrayList<>();
    if (before != null) {
      Map<String, String> why = new LinkedHashMap<>();
      after.ruledOut().forEach(r -> why.putIfAbsent(r.id(), r.why()));
      for (Cause c : before.causes()) {
        String id = c.info().id();
        if (why.containsKey(id)) ruledOut.add("`%s`: %s".formatted(id, why.get(id)));
      }
    }
    return new Changes(nowConfirmed, ruledOut, before == null ? null : top(before), top(after),
        before == null ? null : before.decision().wireName(), after.decision().wireName());
  }

  private static String top(Diagnosis d) {
    return d.top() == null ? null : d.top().info().id();
  }
}
