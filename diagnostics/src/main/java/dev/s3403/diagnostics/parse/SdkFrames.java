package dev.s3403.diagnostics.parse;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways AWS SDKs and CLIs print a service error (taxonomy §2.6), each read into a {@link Hit}. Every
 * pattern runs only where its literal trigger occurs, so a paste pays for the framings it contains.
 */
final class SdkFrames {
  private SdkFrames() {}

  // AWS CLI and botocore: An error occurred (Code) when calling the Op operation[ (reached max retries: 4)]: msg
  private static final Pattern BOTOCORE = Pattern.compile(
      "An\\s+error\\s+occurred\\s+\\((?<code>[^()\\s]{1,100})\\)\\s*when\\s+calling\\s+the\\s+(?<op>\\w{1,100})\\s+operation"
          + "(?: \\(reached max retries: \\d+\\))?:? ?(?<msg>[^\\n]*)");

  // Go v2 (and Terraform): operation error S3: GetObject, https response error StatusCode: 403, RequestID: …
  private static final Pattern GO_V2 = Pattern.compile(
      "operation error (?<svc>[\\w .-]{1,40}): (?<op>\\w{1,100}), (?:exceeded maximum number of attempts, \\d+, )?"
          + "https response error StatusCode: (?<status>\\d{3}), RequestID: (?<rid>[^,\\s]*),?"
          + "(?: HostID: (?<hid>[^,\\s]*),?)?(?: api error (?<code>[\\w.]+):? ?(?<msg>[^\\n]*))?");

  // Go v1, rclone, older Terraform: Code: msg <newline> status code: 403, request id: X, host id: Y
  private static final Pattern GO_V1_STATUS = Pattern.compile(
      "status code: (?<status>\\d{3}), request id: (?<rid>[^,\\s]*)(?:, host id: (?<hid>\\S*))?");

  private static final Pattern CAMEL_CODE = Pattern.compile(
      "(?<![\\w.])(?<code>[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|Forbidden|NotFound)(?::|$)(?: (?<msg>.*))?");

  // Java v1 and v2: Msg (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: X; …)
  private static final Pattern JAVA_TAIL = Pattern.compile(
      "\\(Service: (?<svc>[^;,)]{1,60})[;,]\\s*Status Code: (?<status>\\d{3})[;,]"
          + "(?:\\s*Error Code: \\s*(?<code>[A-Za-z0-9. ]{1,100})[;,])?(?:\\s*Request ID: \\s*(?<rid>[^;,)\\s]*))?"
          + "(?:[;,]\\s*(?:S3 )?Extended Request ID: \\s*(?<hid>[^;,)\\s]*))?"
          // s3a appends the code after the tail: "…Extended Request ID: Y):AccessDenied"
          + "(?:[^)\\n]{0,200}\\)(?:, S3 Extended Request ID: [^\\s:]+)?:(?<tcode>[A-Z][A-Za-z]+)(?=\\s|$))?");

  // The message starts after the last of these before the tail: s3a and Spark wrap the SDK's exception in their own.
  private static final String[] JAVA_MESSAGE_MARKERS = {"Exception: ", "Error: ", "Failure: ", "message: \"",
      "returned message: \"", "]: "};

  // s3cmd: ERROR: S3 error: 403 (AccessDenied): Access Denied
  private static final Pattern S3CMD = Pattern.compile(
      "S3 error: (?<status>\\d{3}) \\((?<code>\\w+)\\)(?:: (?<msg>[^\\n]*))?");

  // .NET: Error making request with Error Code AccessDenied and Http Status Code Forbidden.
  private static final Pattern DOTNET = Pattern.compile(
      "Error making request with Error Code (?<code>\\w+) and Http Status Code (?<status>\\w+)");

  private static final Pattern DOTNET_EXCEPTION = Pattern.compile(
      "Amazon\\.(?<svc>\\w+)\\.(?:Model\\.)?(?<exc>\\w*Exception): (?<msg>[^\\n]*?)(?: --->|\\n|$)");

  // PHP: Error executing "GetObject" on "https://…"; AWS HTTP error: Client error: GET … resulted in a 403 Forbidden response
  private static final Pattern PHP = Pattern.compile(
      "Error executing \"(?<op>\\w+)\" on \"[^\"]*\"; AWS HTTP error: (?:Client|Server) error: [^\\n]*?"
          + "resulted in a (?<status>\\d{3})[^\\n]*? response");

  private static final Pattern PHP_CODE = Pattern.compile(
      "(?<code>[A-Z]\\w+) \\((?:client|server)\\): (?<msg>[^\\n]*?)(?: - |\\n|$)");

  private static final Pattern PHP_V2 = Pattern.compile(
      "AWS Error Code: (?<code>\\w+), Status Code: (?<status>\\d{3}), AWS Request ID: (?<rid>[^,\\s]+)"
          + "(?:, AWS Error Type: \\w+)?(?:, AWS Error Message: (?<msg>[^\\n]*))?");

  // Ruby: Aws::S3::Errors::AccessDenied: Access Denied   or   Access Denied (Aws::S3::Errors::AccessDenied)
  private static final Pattern RUBY = Pattern.compile(
      "(?i:Aws)::(?<svc>\\w+)::Errors::(?<code>\\w+)(?:: (?<msg>[^\\n]*))?");

  private static final Pattern RUBY_PAREN = Pattern.compile("\\((?i:Aws)::(?<svc>\\w+)::Errors::(?<code>\\w+)\\)");

  // Rust: code: Some("AccessDenied"), message: Some("Access Denied")
  private static final Pattern RUST = Pattern.compile(
      "code: (?:Some\\()?\"(?<code>\\w+)\"\\)?,\\s*message: (?:Some\\()?\"(?<msg>[^\"]*)\"");

  private static final Pattern CFN_API = Pattern.compile(
      "API: (?<svc>[a-z0-9-]+):(?<op>[A-Z]\\w+) (?<msg>Access Denied|[^\\n]{1,300}?)(?=$|\\s{2}|\\t|\\n)",
      Pattern.MULTILINE);

  // Java SDK v1 before 1.11: "Status Code: 403, AWS Service: Amazon S3, AWS Request ID: X, AWS Error Code: …"
  private static final Pattern JAVA_LEGACY = Pattern.compile(
      "Status Code: (?<status>\\d{3}), AWS Service: (?<svc>[^,\\n]{1,60}), AWS Request ID: (?<rid>[^,\\s]+),\\s*"
          + "AWS Error Code: (?<code>[^,\\s]+),\\s*AWS Error Message: (?<msg>[^\"\\n]*?)(?:, S3 Extended Request ID: "
          + "(?<hid>[^\\s,\"]+))?(?=[\"\\n]|$)");

  // AWS CLI v1 before 1.11: "A client error (AccessDenied) occurred when calling the PutObject operation: …"
  private static final Pattern CLI_V1_OLD = Pattern.compile(
      "A client error \\((?<code>[^()\\s]{1,100})\\) occurred when calling the (?<op>\\w{1,100}) operation:? ?"
          + "(?<msg>[^\\n]*)");

  private static final Pattern PHP_OPERATION = Pattern.compile("Error executing \\\\?\"(?<op>\\w+)\\\\?\"");

  private static final Pattern PHP_STATUS = Pattern.compile("(?:Client|Server) error: (?<status>\\d{3}) ");

  // Pieces of a Go v2 line, for when a user elided the middle: "StatusCode: 403,... api error AccessDenied: …"
  private static final Pattern GO_V2_OPERATION = Pattern.compile("operation error (?<svc>[\\w .-]{1,40}): (?<op>\\w{1,100}),");
  private static final Pattern GO_V2_STATUS = Pattern.compile("https response error StatusCode: (?<status>\\d{3})\\b");
  private static final Pattern GO_V2_CODE = Pattern.compile("api error (?<code>[\\w.]+):? ?(?<msg>[^\\n]*)");

  static void collect(String text, Gate gate, List<Hit> hits) {
    each(text, gate, "operation error ", GO_V2_OPERATION, hits, m -> Hit.of(m.start(), m.end())
        .service(m.group("svc")).operation(m.group("op")));
    each(text, gate, "https response error StatusCode: ", GO_V2_STATUS, hits, m -> Hit.of(m.start(), m.end())
        .status(m.group("status")));
    each(text, gate, "api error ", GO_V2_CODE, hits, m -> Hit.of(m.start(), m.end())
        .code(m.group("code")).message(unquote(text, m.start(), m.group("msg"))));
    each(text, gate, "Status Code: ", JAVA_LEGACY, hits, m -> Hit.of(m.start(), m.end()).status(m.group("status"))
        .service(m.group("svc")).requestId(m.group("rid")).code(m.group("code")).message(m.group("msg"))
        .hostId(m.group("hid")));
    each(text, gate, "A client error (", CLI_V1_OLD, hits, m -> Hit.of(m.start(), m.end())
        .code(m.group("code")).operation(m.group("op")).message(m.group("msg")));
    each(text, gate, "Error executing ", PHP_OPERATION, hits, m -> Hit.of(m.start(), m.end()).operation(m.group("op")));
    each(text, gate, "Client error: ", PHP_STATUS, hits, m -> Hit.of(m.start(), m.end()).status(m.group("status")));
    each(text, gate, "Server error: ", PHP_STATUS, hits, m -> Hit.of(m.start(), m.end()).status(m.group("status")));
    if (gate.has(": ")) CodeLines.collect(text, hits);
    each(text, gate, "API: ", CFN_API, hits, m -> Hit.of(m.start(), m.end())
        .service(m.group("svc")).operation(m.group("op")).message(m.group("msg")));
    each(text, gate, gate.has("An error occurred (") ? "An error occurred (" : gate.has("occurred") ? "An" : "An error occurred (", BOTOCORE, hits, m -> Hit.of(m.start(), m.end())
        .code(m.group("code")).operation(m.group("op")).message(m.group("msg")));
    each(text, gate, "operation error ", GO_V2, hits, m -> Hit.of(m.start(), m.end())
        .service(m.group("svc")).operation(m.group("op")).status(m.group("status")).requestId(m.group("rid"))
        .hostId(m.group("hid")).code(m.group("code")).message(unquote(text, m.start(), m.group("msg"))));
    each(text, gate, "status code: ", GO_V1_STATUS, hits, m -> goV1Hit(text, m));
    each(text, gate, "(Service: ", JAVA_TAIL, hits, m -> javaHit(text, m));
    each(text, gate, "S3 error: ", S3CMD, hits, m -> Hit.of(m.start(), m.end())
        .status(m.group("status")).code(m.group("code")).message(m.group("msg")));
    each(text, gate, "Error making request", DOTNET, hits, m -> Hit.of(m.start(), m.end())
        .code(m.group("code")).status(m.group("status")));
    each(text, gate, "Amazon.", DOTNET_EXCEPTION, hits, m -> Hit.of(m.start(), m.end())
        .service(m.group("svc")).message(m.group("msg")));
    each(text, gate, "Error executing \"", PHP, hits, m -> Hit.of(m.start(), m.end())
        .operation(m.group("op")).status(m.group("status")));
    eachFromWordBefore(text, gate, " (client): ", PHP_CODE, hits, m -> Hit.of(m.start(), m.end())
        .code(m.group("code")).message(m.group("msg")));
    eachFromWordBefore(text, gate, " (server): ", PHP_CODE, hits, m -> Hit.of(m.start(), m.end())
        .code(m.group("code")).message(m.group("msg")));
    each(text, gate, "AWS Error Code: ", PHP_V2, hits, m -> Hit.of(m.start(), m.end())
        .code(m.group("code")).status(m.group("status")).requestId(m.group("rid")).message(m.group("msg")));
    each(text, gate, "Aws::", RUBY, hits, m -> rubyHit(text, m));
    each(text, gate, "AWS::", RUBY, hits, m -> rubyHit(text, m));
    each(text, gate, "(Aws::", RUBY_PAREN, hits, m -> rubyParenHit(text, m));
    each(text, gate, "(AWS::", RUBY_PAREN, hits, m -> rubyParenHit(text, m));
    each(text, gate, "code: ", RUST, hits, m -> Hit.of(m.start(), m.end())
        .code(m.group("code")).message(m.group("msg")));
  }

  private static Hit javaHit(String text, Matcher m) {
    Hit hit = Hit.of(m.start(), m.end()).service(m.group("svc")).status(m.group("status"))
        .code(m.group("code") != null ? m.group("code") : m.group("tcode")).requestId(m.group("rid"))
        .hostId(m.group("hid"));
    int lineStart = Lines.startBefore(text, m.start());
    String line = text.substring(lineStart, m.start());
    int msgStart = -1;
    for (String marker : JAVA_MESSAGE_MARKERS) {
      int at = line.lastIndexOf(marker);
      if (at >= 0) msgStart = Math.max(msgStart, at + marker.length());
    }
    if (msgStart < 0) return hit;
    String message = line.substring(msgStart);
    int request = message.indexOf("; request: ");   // newer s3a puts the request after the message
    if (request >= 0) message = message.substring(0, request);
    return new Hit(lineStart + msgStart, hit.end(), hit.service(), null, hit.code(), hit.status(), null,
        hit.requestId(), hit.hostId(), false).message(message);
  }

  /** The code and message stand on the line before {@code status code:} (past a {@code caused by:} line). */
  private static Hit goV1Hit(String text, Matcher m) {
    Hit hit = Hit.of(m.start(), m.end()).status(m.group("status")).requestId(m.group("rid")).hostId(m.group("hid"));
    int breakAt = lineBreakBefore(text, m.start());
    if (breakAt < 0) return hit;
    for (int tries = 0; tries < 2; tries++) {
      int lineStart = lineStartBefore(text, breakAt);
      String line = text.substring(lineStart, breakAt);
      Matcher c = CAMEL_CODE.matcher(line);
      if (c.find()) {
        return new Hit(lineStart + c.start(), hit.end(), null, null, null, hit.status(), null, hit.requestId(),
            hit.hostId(), false).code(c.group("code")).message(c.group("msg"));
      }
      breakAt = lineStart == 0 ? -1 : lineStart - (text.startsWith("\\n", lineStart - 2) ? 2 : 1);
      if (breakAt < 0) break;
    }
    return hit;
  }

  /**
   * Where the line break before {@code at} starts, when only blanks and tabs stand between: a real one, or one
   * a structured logger escaped ({@code msg="…Access Denied\n\tstatus code: 403…"}); -1 otherwise.
   */
  private static int lineBreakBefore(String text, int at) {
    int i = at;
    while (i > 0) {
      char c = text.charAt(i - 1);
      if (c == ' ' || c == '\t') {
        i--;
      } else if (i >= 2 && text.startsWith("\\t", i - 2)) {
        i -= 2;
      } else {
        break;
      }
    }
    if (i > 0 && text.charAt(i - 1) == '\n') return i - 1;
    if (i >= 2 && text.startsWith("\\n", i - 2)) return i - 2;
    return -1;
  }

  /** The start of the line that ends at {@code breakAt}, by real or escaped line breaks. */
  private static int lineStartBefore(String text, int breakAt) {
    int real = Lines.startBefore(text, breakAt);
    int escaped = breakAt >= 2 ? text.lastIndexOf("\\n", breakAt - 2) : -1;
    int start = Math.max(real, escaped < 0 ? 0 : escaped + 2);
    return Math.min(start, breakAt);
  }

  /** Rails and Bugsnag print "Aws::S3::Errors::AccessDenied in Controller#action" and the message below it. */
  private static Hit rubyHit(String text, Matcher m) {
    Hit hit = Hit.of(m.start(), m.end()).service(m.group("svc")).code(m.group("code")).message(m.group("msg"));
    if (hit.message() != null || !text.startsWith(" in ", m.end())) return hit;
    int lineEnd = text.indexOf('\n', m.end());
    if (lineEnd < 0) return hit;
    int next = lineEnd + 1;
    while (next < text.length() && text.charAt(next) == '\n') next++;
    int nextEnd = text.indexOf('\n', next);
    if (nextEnd < 0) nextEnd = text.length();
    String line = text.substring(next, nextEnd).strip();
    if (line.isEmpty() || line.startsWith("/") || line.contains(".rb:")) return hit;
    return new Hit(hit.start(), nextEnd, hit.service(), null, hit.code(), null, null, null, null, false).message(line);
  }

  private static Hit rubyParenHit(String text, Matcher m) {
    int lineStart = Lines.startBefore(text, m.start());
    String before = text.substring(lineStart, m.start());
    int colon = before.lastIndexOf(": ");
    String msg = colon >= 0 ? before.substring(colon + 2) : before;
    return Hit.of(lineStart, m.end()).service(m.group("svc")).code(m.group("code")).message(msg);
  }

  /** A log that quoted the whole error ({@code err="…"}) leaves its closing quote on the message. */
  private static String unquote(String text, int start, String msg) {
    if (msg == null || !msg.endsWith("\"") || start == 0 || text.charAt(start - 1) != '"') return msg;
    return msg.substring(0, msg.length() - 1);
  }

  /**
   * Reads {@code pattern} where {@code trigger} stands: the pattern must begin with the trigger. Patterns are
   * never tried at every offset of a paste, so the cost grows with what the paste holds, not with its length.
   */
  static void each(String text, Gate gate, String trigger, Pattern pattern, List<Hit> hits,
      Function<Matcher, Hit> read) {
    if (!gate.has(trigger)) return;
    int at = text.indexOf(trigger);
    if (at < 0) return;
    Matcher m = pattern.matcher(text);
    while (at >= 0) {
      m.region(at, text.length());
      if (m.lookingAt()) {
        hits.add(read.apply(m));
        at = text.indexOf(trigger, Math.max(m.end(), at + 1));
      } else {
        at = text.indexOf(trigger, at + 1);
      }
    }
  }

  /** As {@link #each}, for patterns that begin with the word just before the trigger ({@code AccessDenied (client): }). */
  static void eachFromWordBefore(String text, Gate gate, String trigger, Pattern pattern, List<Hit> hits,
      Function<Matcher, Hit> read) {
    if (!gate.has(trigger)) return;
    int at = text.indexOf(trigger);
    if (at < 0) return;
    Matcher m = pattern.matcher(text);
    while (at >= 0) {
      int start = at;
      while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) start--;
      m.region(start, text.length());
      if (start < at && m.lookingAt()) hits.add(read.apply(m));
      at = text.indexOf(trigger, at + 1);
    }
  }
}
