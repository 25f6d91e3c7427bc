package dev.s3403.diagnostics.policy;

import java.util.List;

/**
 * An {@code Action}/{@code NotAction} or {@code Resource}/{@code NotResource} element: its values, read once,
 * and whether it is the negated form.
 */
public record Element(List<String> values, boolean negated) {
  public Element {
    values = List.copyOf(values);
  }
}
