package dev.s3403.diagnostics.evidence.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One page of an IAM list call.
 *
 * @param next the marker of the next page; null on the last page
 */
record Page<T>(List<T> items, String next) {
  static final int MAX_PAGES = 10;

  Page {
    items = List.copyOf(items);
  }

  static <T> Page<T> of(List<T> items, Boolean truncated, String marker) {
    return new Page<>(items, Boolean.TRUE.equals(truncated) ? marker : null);
  }

  /**
   * Every item of a paginated list, following at most {@value #MAX_PAGES} pages; null when a page failed or there
   * were more (the draft says which at {@code pointer}: a list that stops early would claim fewer items than there are).
   *
   * @param page the call for one page, given the marker (null for the first page)
   */
  static <T> List<T> all(Draft draft, String pointer, String action, Function<String, Page<T>> page) {
    List<T> out = new ArrayList<>();
    String marker = null;
    for (int i = 0; i < MAX_PAGES; i++) {
      String from = marker;
      Page<T> p = Calls.call(draft, pointer, action, Set.of(), () -> page.apply(from));
      if (p == null) return null;
      out.addAll(p.items());
      if (p.next() == null) return out;
      marker = p.next();
    }
    draft.unavailable(pointer, "more than %d pages from %s".formatted(MAX_PAGES, action));
    return null;
  }
}
