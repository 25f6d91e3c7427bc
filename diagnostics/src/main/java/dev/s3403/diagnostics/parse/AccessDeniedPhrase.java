package dev.s3403.diagnostics.parse;

import java.util.List;

/**
 * S3's own message with nothing around it, as tools relay it: restic's {@code Stat: Access Denied.}, a
 * CloudFormation custom resource's {@code Message returned: Access Denied Logs: …}, a Bugsnag title. Only
 * where the phrase stands as the whole message, not inside prose ("I get Access Denied when …").
 */
final class AccessDeniedPhrase {
  private AccessDeniedPhrase() {}

  private static final String PHRASE = "Access Denied";
  private static final String[] FOLLOWERS = {"", ".", "\n", ".\n", "\"", " Logs:", " (", " at ", ".\"", "'", "\\"};

  static void collect(String text, List<Hit> hits) {
    for (int at = text.indexOf(PHRASE); at >= 0; at = text.indexOf(PHRASE, at + 1)) {
      boolean standsAlone = at == 0 || text.charAt(at - 1) == '\n' || text.startsWith(": ", at - 2)
          || text.charAt(at - 1) == '"' || text.charAt(at - 1) == '\'';
      if (!standsAlone) continue;
      int end = at + PHRASE.length();
      boolean period = end < text.length() && text.charAt(end) == '.';
      String follower = text.substring(end, Math.min(text.length(), end + 6));
      boolean ends = end == text.length();
      for (String f : FOLLOWERS) {
        ends |= !f.isEmpty() && (follower.startsWith(f) || f.equals(".") && period && (end + 1 == text.length()));
      }
      if (!ends) continue;
      hits.add(Hit.of(at, end + (period ? 1 : 0)).message(period ? PHRASE + "." : PHRASE));
    }
  }
}
