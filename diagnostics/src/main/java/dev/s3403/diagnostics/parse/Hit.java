package dev.s3403.diagnostics.parse;

import java.util.Set;

/**
 * What one framing (a CLI line, an SDK exception, an XML body, …) says about an error, and where it stands.
 * Members the framing does not show are {@code null}.
 */
record Hit(int start, int end, String service, String operation, String code, Integer status, String message,
    String requestId, String hostId, boolean refused) {

  private static final java.util.regex.Pattern MASK = java.util.regex.Pattern.compile("X{3,}|x{3,}|\\.{3}|…+|ID|id");

  /** Words that SDKs print in the code's place when a HEAD response had no body: a status, not a code. */
  private static final Set<String> STATUS_WORDS = Set.of("forbidden", "notfound", "not found", "badrequest",
      "bad request", "movedpermanently", "unknownerror", "unknown", "null", "undefined", "none", "unauthorized");

  static Hit of(int start, int end) {
    return new Hit(start, end, null, null, null, null, null, null, null, false);
  }

  Hit service(String s) {
    return new Hit(start, end, blank(s) ? null : s, operation, code, status, message, requestId, hostId, refused);
  }

  /** The operation in AWS's spelling when the map knows it ("Headobject" typed by hand is HeadObject). */
  Hit operation(String s) {
    String op = blank(s) ? null : dev.s3403.diagnostics.actions.OperationActions.canonical(s).orElse(s);
    return new Hit(start, end, service, op, code, status, message, requestId, hostId, refused);
  }

  /** The code as printed, unless it is only an HTTP status in disguise ({@code 403}, {@code Forbidden}). */
  Hit code(String s) {
    if (blank(s)) return this;
    String c = s.strip();
    if (Character.isDigit(c.charAt(0))) {
      Integer st = status != null ? status : leadingStatus(c);
      return new Hit(start, end, service, operation, code, st, message, requestId, hostId, refused);
    }
    if (STATUS_WORDS.contains(c.toLowerCase(java.util.Locale.ROOT))) {
      boolean refusal = c.equalsIgnoreCase("forbidden") || c.equalsIgnoreCase("unauthorized");
      return new Hit(start, end, service, operation, code, status, message, requestId, hostId, refused || refusal);
    }
    return new Hit(start, end, service, operation, c, status, message, requestId, hostId, refused);
  }

  Hit status(Integer s) {
    return new Hit(start, end, service, operation, code, s, message, requestId, hostId, refused);
  }

  Hit status(String s) {
    return status(leadingStatus(s));
  }

  Hit message(String s) {
    String m = s == null ? null : Messages.clean(s);
    if (m != null && (m.isEmpty() || m.equals("null") || m.equals("undefined") || m.equals("None")
        || m.equals("UnknownError") || m.equals("()") || m.startsWith("Error making request with Error Code"))) {
      m = null;
    }
    return new Hit(start, end, service, operation, code, status, m, requestId, hostId, refused);
  }

  Hit requestId(String s) {
    return new Hit(start, end, service, operation, code, status, message, cleanId(s), hostId, refused);
  }

  Hit hostId(String s) {
    return new Hit(start, end, service, operation, code, status, message, requestId, cleanId(s), refused);
  }

  /** This hit, with what it lacks taken from {@code other}. */
  Hit orElse(Hit other) {
    return new Hit(Math.min(start, other.start), Math.max(end, other.end),
        service != null ? service : other.service,
        operation != null ? operation : other.operation,
        code != null ? code : other.code,
        status != null ? status : other.status,
        message != null ? message : other.message,
        requestId != null ? requestId : other.requestId,
        hostId != null ? hostId : other.hostId, refused || other.refused);
  }

  /** Two hits that cannot be the same error: they name different codes, statuses or operations. */
  boolean conflicts(Hit o) {
    return differ(code, o.code) || differ(operation, o.operation) || (status != null && o.status != null
        && !status.equals(o.status)) || differ(requestId, o.requestId);
  }

  boolean sameError(Hit o) {
    return !conflicts(o) && (code != null && code.equals(o.code) || status != null && status.equals(o.status))
        && (operation == null || operation.equals(o.operation));
  }

  private static boolean differ(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }

  static Integer leadingStatus(String s) {
    if (s == null) return null;
    String t = s.strip();
    if (t.length() >= 3 && Character.isDigit(t.charAt(0)) && Character.isDigit(t.charAt(1))
        && Character.isDigit(t.charAt(2)) && (t.length() == 3 || !Character.isDigit(t.charAt(3)))) {
      int v = Integer.parseInt(t.substring(0, 3));
      return v >= 100 && v < 600 ? v : null;
    }
    return switch (t.toLowerCase(java.util.Locale.ROOT)) {
      case "forbidden" -> 403;
      case "notfound", "not found" -> 404;
      case "badrequest", "bad request" -> 400;
      case "unauthorized" -> 401;
      case "movedpermanently", "moved permanently" -> 301;
      default -> null;
    };
  }

  private static String cleanId(String s) {
    if (blank(s)) return null;
    String t = s.strip();
    int space = t.indexOf(' ');
    if (space >= 0) {
      if (t.indexOf("(truncated", space) >= 0) return null;   // Guzzle shortens bodies: "06I8J7 (truncated...)"
      t = t.substring(0, space);
    }
    for (char stop : new char[] {'"', '\\', '\''}) {
      int cut = t.indexOf(stop);
      if (cut > 0) t = t.substring(0, cut);
    }
    int escapedBreak = t.indexOf("\\r");
    if (escapedBreak < 0) escapedBreak = t.indexOf("\\n");
    if (escapedBreak >= 0) t = t.substring(0, escapedBreak);   // a wire trace's "X\r\n"
    // Masked ids say nothing: "C******4WA", "<redacted>", "XXXX".
    if (t.indexOf('*') >= 0 || t.contains("...") || t.startsWith("<") || t.equalsIgnoreCase("redacted") || MASK.matcher(t).matches()) {
      return null;
    }
    while (!t.isEmpty() && ",;)'\"]}.".indexOf(t.charAt(t.length() - 1)) >= 0 && !t.endsWith("==")
        && !(t.endsWith("=") && t.length() > 20)) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.startsWith("'") || t.startsWith("\"")) t = t.substring(1);
    if (t.isEmpty() || t.equals("null") || t.equals("undefined") || t.equals("None") || t.equals("<nil>")) return null;
    return t;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
