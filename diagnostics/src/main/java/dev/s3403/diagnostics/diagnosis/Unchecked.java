package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Unavailable;
import java.util.List;

/**
 * Why a piece of evidence the diagnosis needed is missing: a collector could not read it (its recorded reason,
 * such as "AccessDenied on s3:GetBucketPolicy"), or it was simply not in the bundle.
 */
public final class Unchecked {
  public static final String NOT_IN_BUNDLE = "not in the bundle";

  private Unchecked() {}

  /** The reason recorded for this pointer, or for the part of the bundle that holds it, else {@link #NOT_IN_BUNDLE}. */
  public static String why(String pointer, Bundle evidence) {
    List<Unavailable> unavailable = evidence == null ? List.of() : evidence.unavailable().asOptional().orElse(List.of());
    String wanted = plain(pointer);
    Unavailable best = null;
    for (Unavailable u : unavailable) {
      String what = plain(u.what());
      boolean covers = wanted.equals(what) || wanted.startsWith(what + "/");
      if (covers && (best == null || what.length() > plain(best.what()).length())) best = u;
    }
    return best == null ? NOT_IN_BUNDLE : best.reason();
  }

  /** Collectors escape the slashes of ARNs in pointer segments ({@code ~1}); the engine names them as they are. */
  private static String plain(String pointer) {
    return pointer.replace("~1", "/").replace("~0", "~");
  }
}
