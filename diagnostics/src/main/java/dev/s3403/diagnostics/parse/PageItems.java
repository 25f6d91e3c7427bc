package dev.s3403.diagnostics.parse;

import java.util.List;

/**
 * The S3 website endpoint's 403 page as a person copies it from the browser: bullet lines {@code Code:
 * AccessDenied}, {@code Message: Access Denied}, {@code RequestId: …}, {@code HostId: …} (quoted, dashed or
 * plain).
 */
final class PageItems {
  private PageItems() {}

  private static final String[] NAMES = {"Code: ", "Message: ", "RequestId: ", "HostId: "};

  static void collect(String text, List<Hit> hits) {
    for (int at = text.indexOf("Code: "); at >= 0; at = text.indexOf("Code: ", at + 1)) {
      if (!bulletLine(text, at)) continue;
      Hit hit = Hit.of(at, at);
      int lineStart = at;
      for (int line = 0; line < 6 && lineStart < text.length(); line++) {
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length();
        String content = text.substring(lineStart, lineEnd);
        int name = -1;
        for (int n = 0; n < NAMES.length && name < 0; n++) {
          int idx = content.indexOf(NAMES[n]);
          if (idx >= 0 && bulletLine(text, lineStart + idx)) {
            String value = content.substring(idx + NAMES[n].length()).strip();
            hit = switch (n) {
              case 0 -> hit.code(value);
              case 1 -> hit.message(value);
              case 2 -> hit.requestId(value);
              default -> hit.hostId(value);
            };
            name = n;
          }
        }
        if (name >= 0) {
          hit = new Hit(hit.start(), lineEnd, hit.service(), null, hit.code(), null, hit.message(), hit.requestId(),
              hit.hostId(), false);
        }
        lineStart = lineEnd + 1;
      }
      if (hit.code() != null) hits.add(hit);
    }
  }

  /** Only bullets, quote marks and blanks stand before the name on its line. */
  private static boolean bulletLine(String text, int at) {
    for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if ("-*•>· \t".indexOf(text.charAt(i)) < 0) return false;
    }
    return true;
  }
}
