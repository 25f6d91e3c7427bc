package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Combines evidence from several sources: a bundle file, then CLI outputs pasted into a thread, each newer than the
 * last. Merging never drops what either source knows, except where the newer one says otherwise.
 */
public final class Evidence {
  private Evidence() {}

  /**
   * A merged bundle and what the merge noticed.
   *
   * @param notes one per member both sources knew differently (the newer value was kept), and one per
   *     {@code unavailable} entry the newer source made obsolete
   */
  public record Merged(Bundle bundle, List<Note> notes) {
    public Merged {
      notes = List.copyOf(notes);
    }
  }

  /**
   * What {@code more} knows fills what {@code base} does not; maps of buckets, principals, objects and the like merge
   * key by key; when both know a member and disagree, {@code more} wins, being newer. An {@code unavailable} entry of
   * {@code base} is dropped once {@code more} knows what it points at.
   */
  public static Merged merge(Bundle base, Bundle more) {
    Merger m = new Merger();
    RecordMerges r = new RecordMerges(m);
    List<Note> unavailableNotes = new ArrayList<>();
    Bundle merged = new Bundle(Bundle.FORMAT,
        // When the evidence was collected is not evidence itself: the newer source's time stands, without a note.
        more.collectedAt().isKnown() ? more.collectedAt() : base.collectedAt(),
        m.record("/request", base.request(), more.request(), r::request),
        m.entities("/principals", base.principals(), more.principals(), r::principal),
        m.entities("/accounts", base.accounts(), more.accounts(), r::account),
        m.entities("/buckets", base.buckets(), more.buckets(), r::bucket),
        m.entities("/kmsKeys", base.kmsKeys(), more.kmsKeys(), r::kmsKey),
        m.entities("/vpcEndpoints", base.vpcEndpoints(), more.vpcEndpoints(), r::vpcEndpoint),
        m.entities("/accessPoints", base.accessPoints(), more.accessPoints(), r::accessPoint),
        unavailable(base, more, m, unavailableNotes));
    List<Note> notes = new ArrayList<>(m.notes());
    notes.addAll(unavailableNotes);
    return new Merged(merged, notes);
  }

  private static Fact<List<Unavailable>> unavailable(Bundle base, Bundle more, Merger m, List<Note> notes) {
    if (!base.unavailable().isKnown() && !more.unavailable().isKnown()) {
      return m.value("/unavailable", base.unavailable(), more.unavailable());
    }
    JsonNode known = EvidenceWriter.write(more);
    List<Unavailable> out = new ArrayList<>();
    for (Unavailable entry : base.unavailable().asOptional().orElse(List.of())) {
      if (knows(known, entry.what())) {
        notes.add(new Note(entry.what(), "no longer unavailable: the newer source knows it (was: %s)"
            .formatted(At.shorten(entry.reason()))));
      } else {
        out.add(entry);
      }
    }
    for (Unavailable entry : more.unavailable().asOptional().orElse(List.of())) {
      if (!out.contains(entry)) out.add(entry);
    }
    return Fact.known(out);
  }

  /** Whether a written bundle has the member a pointer names; {@code null} counts, as it is known. */
  private static boolean knows(JsonNode written, String pointer) {
    if (!Pointer.isPointer(pointer)) return false;
    try {
      return !written.at(pointer).isMissingNode();
    } catch (IllegalArgumentException e) {
      return false;   // not a pointer Jackson can follow, so nothing is known there
    }
  }
}
