package dev.s3403.diagnostics.evidence;

/** RFC 6901 JSON pointers: bucket names, object keys and ARNs hold {@code /}, which must be written {@code ~1}. */
final class Pointer {
  private Pointer() {}

  static String child(String parent, String name) {
    // INVARIANT: `~` is escaped before `/`, or the `~` of a fresh `~1` would be escaped again.
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** Whether the text is a pointer at all: the empty string or a string starting with {@code /}. */
  static boolean isPointer(String text) {
    return text.isEmpty() || text.startsWith("/");
  }
}
