package dev.s3403.diagnostics.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Errors as they travel: S3's XML error body, the website endpoint's HTML page, HTTP response dumps,
 * CloudFront's error page, CloudTrail records, and the object dumps of JavaScript SDKs and Lambda logs.
 */
final class WireFrames {
  private WireFrames() {}

  // "HTTP/1.1 403 Forbidden", and urllib3's debug form "GET /k HTTP/1.1" 403
  private static final Pattern HTTP_STATUS = Pattern.compile("HTTP/[0-9.]{1,3}\"? (?<status>\\d{3})\\b");

  private static final Pattern ARROW_STATUS = Pattern.compile("-> (?<status>[45]\\d{2})[ \\t]*(?:\\n|$)");

  private static final Pattern RUST_STATUS = Pattern.compile("StatusCode\\((?<status>\\d{3})\\)");

  private static final Pattern PLAIN_STATUS = Pattern.compile("status: (?<status>\\d{3})\\b");

  private static final Pattern RESPONSE_CODE = Pattern.compile("HTTP Response Code: (?<status>\\d{3})\\b");

  private static final Pattern ELIXIR_STATUS = Pattern.compile("http_error, (?<status>\\d{3})\\b");

  private static final Pattern EXTENDED_ID = Pattern.compile("S3 Extended Request ID: (?<hid>[A-Za-z0-9+/=]{8,})");

  private static final Pattern ERROR_CODE = Pattern.compile("Error Code:\\s*(?<code>[A-Z][A-Za-z0-9.]{2,60})\\b(?! and)");

  private static final Pattern FAILED_WITH_CODE = Pattern.compile("failed with code: (?<code>[A-Z][A-Za-z0-9.]{2,60})\\b");

  private static final Pattern STATUS_CODE = Pattern.compile("Status Code: (?<status>\\d{3})\\b");

  private static final Pattern WITH_STATUS_CODE = Pattern.compile("with status code:? (?<status>\\d{3})\\b");

  private static final Pattern CLIENT_ERROR = Pattern.compile("(?<status>\\d{3}) (?:Client|Server) Error: ");

  private static final Pattern RESPONSE_CODE_EQ = Pattern.compile("response code\\s*=\\s*(?<status>\\d{3})\\b");

  private static final String[] REASONS = {" Forbidden", " Not Found", " Bad Request", " Moved Permanently",
      " Unauthorized"};

  private static final Pattern REQUEST_ID_PAREN = Pattern.compile("\\(Request-ID: (?<rid>[A-Za-z0-9+/=-]+)\\)");

  // After a header name: "x-amz-request-id: X", or a debug map's 'x-amz-request-id': 'X'
  private static final Pattern HEADER_VALUE = Pattern.compile("['\"]?\\s*[:=]\\s*['\"]?(?<value>[^\\s'\",}]+)");

  // The spellings servers, curl, botocore and browsers' dev tools print.
  private static final String[] HEADER_SPELLINGS = {"x-amz-request-id", "X-Amz-Request-Id", "X-Amz-Request-ID",
      "x-amz-id-2", "X-Amz-Id-2", "X-Amz-ID-2", "x-amzn-requestid", "x-amzn-RequestId", "X-Amzn-RequestId",
      "X-Amzn-Requestid"};

  private static final Pattern CLOUDFRONT_STATUS = Pattern.compile("(?<status>\\d{3}) ERROR");

  private static final Pattern CLOUDFRONT_ID = Pattern.compile("Request ID: (?<rid>[\\w=+/-]+)");

  private static final Pattern TRAIL_MEMBER = Pattern.compile(
      "\"(eventSource|eventName|errorCode|errorMessage|requestID|errorType|x-amz-id-2|awsRegion|ErrorCode|ErrorMessage"
          + "|__type|Message) ?\"\\s*:\\s*\"((?:[^\"\\\\\\n]++|\\\\.){0,400}) ?\"");   // chunks, not chars: no deep recursion

  private static final java.util.Set<String> JS_MEMBERS = java.util.Set.of("$fault", "httpStatusCode", "statusCode",
      "http_status_code", "HTTPStatusCode",
      "requestId", "extendedRequestId", "RequestId", "HostId", "Code", "code", "name", "region", "message", "Message",
      "aws_request_id", "s3_extended_request_id");

  private static final Pattern JS_VALUE = Pattern.compile(
      "\\s*['\"]?\\s*[:=]\\s*(?:'([^'\\n]{0,500})'|\"([^\"\\n]{0,500})\"|(\\d{3})\\b)");

  // The first line of a JavaScript error: "AccessDenied: Access Denied" followed by an indented "at …" frame.
  private static final Pattern JS_TITLE = Pattern.compile(
      "(?:^|[\\s{])(?:Uncaught )?(?:\\w*Exception \\[)?(?<code>[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|Forbidden|\\d{3})"
          + "\\]?: (?<msg>.*)$");

  static void collect(String text, Gate gate, List<Hit> hits) {
    if (gate.has("<Code>") || gate.has("<Message>")) xml(text, XML_TAGS, hits);
    if (gate.has("<li>Code: ")) xml(text, HTML_TAGS, hits);
    SdkFrames.each(text, gate, "HTTP/", HTTP_STATUS, hits, WireFrames::status);
    SdkFrames.each(text, gate, "-> ", ARROW_STATUS, hits, WireFrames::status);
    SdkFrames.each(text, gate, "StatusCode(", RUST_STATUS, hits, WireFrames::status);
    SdkFrames.each(text, gate, "status: ", PLAIN_STATUS, hits, WireFrames::status);
    SdkFrames.each(text, gate, "HTTP Response Code: ", RESPONSE_CODE, hits, WireFrames::status);
    SdkFrames.each(text, gate, "http_error, ", ELIXIR_STATUS, hits, WireFrames::status);
    SdkFrames.each(text, gate, "S3 Extended Request ID: ", EXTENDED_ID, hits, m -> Hit.of(m.start(), m.end()).hostId(m.group("hid")));
    SdkFrames.each(text, gate, "Error Code:", ERROR_CODE, hits, m -> Hit.of(m.start(), m.end()).code(m.group("code")));
    SdkFrames.each(text, gate, "failed with code: ", FAILED_WITH_CODE, hits, m -> Hit.of(m.start(), m.end())
        .code(m.group("code")));
    SdkFrames.each(text, gate, "Status Code: ", STATUS_CODE, hits, WireFrames::status);
    SdkFrames.each(text, gate, "response code", RESPONSE_CODE_EQ, hits, WireFrames::status);
    SdkFrames.each(text, gate, "with status code", WITH_STATUS_CODE, hits, WireFrames::status);
    SdkFrames.eachFromWordBefore(text, gate, " Client Error: ", CLIENT_ERROR, hits, WireFrames::status);
    if (gate.has("Access Denied")) AccessDeniedPhrase.collect(text, hits);
    if (gate.has("RequestId: ")) PageItems.collect(text, hits);
    for (String reason : REASONS) {
      if (gate.has(reason)) reasonPhrases(text, reason, hits);
    }
    if (gate.has("x-amz") || gate.has("X-Amz") || gate.has("x-Amz")) headers(text, hits);
    if (gate.has("could not be satisfied")) cloudFront(text, hits);
    SdkFrames.each(text, gate, "(Request-ID: ", REQUEST_ID_PAREN, hits, m -> Hit.of(m.start(), m.end()).requestId(m.group("rid")));
    if (gate.has("\"errorCode\"") || gate.has("\"errorType\"") || gate.has("\"ErrorCode\"")) {
      trail(text, hits);
    }
    if (gate.has("\"__type\"")) trail(text, hits);
    if (gate.has("\\\"ErrorCode\\\"") || gate.has("\\\"errorCode\\\"")
        || gate.has("\\\"__type\\\"")) {
      trail(text.replace("\\\"", " \""), hits);   // JSON inside a JSON string; same length, so positions hold
    }
    if (gate.has("$metadata") || gate.has("statusCode:") || gate.has("aws_request_id")
        || gate.has("Code: '") || gate.has("code: '") || gate.has("tatusCode")
        || gate.has("http_status_code")) {
      js(text, hits);
    }
    if (gate.has("    at ")) jsTitles(text, hits);
  }

  private static String member(String text, int start, int end) {
    for (String m : JS_MEMBERS) {
      if (m.length() == end - start && text.startsWith(m, start)) return m;
    }
    return null;
  }

  /** The line just above the first {@code at …} frame of each JavaScript stack: "AccessDenied: Access Denied". */
  private static void jsTitles(String text, List<Hit> hits) {
    int from = 0;
    while (true) {
      int frame = text.indexOf("    at ", from);
      if (frame < 0) return;
      from = frame + 7;
      int lineStart = Lines.startBefore(text, frame);
      if (!text.substring(lineStart, frame).isBlank() || lineStart == 0) continue;
      int frameEnd = text.indexOf('\n', frame);
      String frameLine = text.substring(frame, frameEnd < 0 ? text.length() : frameEnd);
      if (!(frameLine.contains(".js") || frameLine.contains(".ts") || frameLine.contains("node:")
          || frameLine.contains("<anonymous>") || frameLine.contains("async "))) {
        continue;
      }
      int titleEnd = lineStart - 1;
      while (titleEnd > 0 && text.substring(Lines.startBefore(text, titleEnd), titleEnd).isBlank()) {
        titleEnd = Lines.breakBefore(text, titleEnd - 1);   // Jest leaves a blank line before the frames
        if (titleEnd < 0) break;
      }
      if (titleEnd <= 0) continue;
      int titleStart = Lines.startBefore(text, titleEnd);
      String title = text.substring(titleStart, titleEnd);
      if (title.strip().startsWith("at ")) continue;   // not the first frame
      Matcher m = JS_TITLE.matcher(title);
      if (!m.find()) continue;
      String code = m.group("code");
      Hit hit = Hit.of(titleStart + m.start(), titleEnd);
      hits.add(code.endsWith("Error") || code.endsWith("Exception") ? hit : hit.code(code).message(m.group("msg")));
    }
  }

  private static Hit status(Matcher m) {
    return Hit.of(m.start(), m.end()).status(m.group("status"));
  }

  /** "403 Forbidden", "(403) Forbidden": a status shown beside its reason phrase. */
  private static void reasonPhrases(String text, String reason, List<Hit> hits) {
    for (int at = text.indexOf(reason); at >= 0; at = text.indexOf(reason, at + 1)) {
      int end = at > 0 && text.charAt(at - 1) == ')' ? at - 1 : at;
      if (end < 3 || !digits(text, end - 3, end) || end > 3 && Character.isDigit(text.charAt(end - 4))) continue;
      hits.add(Hit.of(end - 3, at + reason.length()).status(text.substring(end - 3, end)));
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) return false;
    }
    return true;
  }

  /** Response headers, in any case: curl's "< x-amz-request-id: X", botocore's 'x-amz-id-2': 'Y'. */
  private static void headers(String text, List<Hit> hits) {
    Matcher value = HEADER_VALUE.matcher(text);
    for (String spelled : HEADER_SPELLINGS) {
      String header = spelled.toLowerCase(java.util.Locale.ROOT);
      for (int at = text.indexOf(spelled); at >= 0; at = text.indexOf(spelled, at + 1)) {
        int end = at + header.length();
        if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) continue;
        value.region(end, Math.min(text.length(), end + 300));
        if (!value.lookingAt()) continue;
        Hit hit = Hit.of(at, value.end());
        hits.add(header.equals("x-amz-id-2") ? hit.hostId(value.group("value")) : hit.requestId(value.group("value")));
      }
    }
  }

  /** CloudFront's own page: "403 ERROR … The request could not be satisfied. … Request ID: X". */
  private static void cloudFront(String text, List<Hit> hits) {
    int at = text.indexOf("The request could not be satisfied.");
    if (at < 0) at = text.indexOf("The request could not be satisfied");
    if (at < 0) return;
    String message = text.startsWith(".", at + 34) ? "The request could not be satisfied." : "The request could not be satisfied";
    Hit hit = Hit.of(at, at + message.length()).message(message).service("cloudfront");
    Matcher status = CLOUDFRONT_STATUS.matcher(text).region(Math.max(0, at - 400), Math.min(text.length(), at + 400));
    if (status.find()) hit = hit.status(status.group("status"));
    Matcher id = CLOUDFRONT_ID.matcher(text).region(at, Math.min(text.length(), at + 2000));
    if (id.find()) hit = hit.requestId(id.group("rid"));
    hits.add(hit);
  }

  private static final String[] XML_TAGS = {"<Code>", "<Message>", "<RequestId>", "<HostId>"};
  private static final String[] HTML_TAGS = {"<li>Code: ", "<li>Message: ", "<li>RequestId: ", "<li>HostId: "};

  /**
   * Tags of one error body, grouped: a new {@code <Code>} starts a new error. A value runs to the next
   * {@code <} (its closing tag, or the next tag when a body was cut), read by hand: no regex per tag.
   */
  private static void xml(String text, String[] tags, List<Hit> hits) {
    java.util.TreeMap<Integer, Integer> starts = new java.util.TreeMap<>();   // position → tag index
    for (int t = 0; t < tags.length; t++) {
      for (int at = text.indexOf(tags[t]); at >= 0; at = text.indexOf(tags[t], at + 1)) starts.put(at, t);
    }
    Hit current = null;
    for (var entry : starts.entrySet()) {
      int at = entry.getKey();
      int t = entry.getValue();
      int valueStart = at + tags[t].length();
      int valueEnd = text.indexOf('<', valueStart);
      if (valueEnd < 0 || valueEnd - valueStart > 2000) valueEnd = Math.min(text.length(), valueStart + 2000);
      int end = valueEnd;
      if (current != null && (t == 0 && current.code() != null || at - current.end() > 3000)) {
        hits.add(current);
        current = null;
      }
      if (current == null) current = Hit.of(at, end);
      String value = text.substring(valueStart, valueEnd).strip();
      current = switch (t) {
        case 0 -> current.code(value);
        case 1 -> current.message(value);
        case 2 -> current.requestId(value);
        default -> current.hostId(value);
      };
      current = new Hit(current.start(), end, current.service(), current.operation(), current.code(),
          current.status(), current.message(), current.requestId(), current.hostId(), current.refused());
    }
    if (current != null) hits.add(current);
  }

  private static void trail(String text, List<Hit> hits) {
    Matcher m = TRAIL_MEMBER.matcher(text);
    Hit current = null;
    while (m.find()) {
      if (current == null || m.start() - current.end() > 3000) {
        if (current != null) hits.add(current);
        current = Hit.of(m.start(), m.end());
      }
      String value = m.group(2).replace("\\\"", "\"").strip();
      current = switch (m.group(1)) {
        case "eventSource" -> current.service(value.replace(".amazonaws.com", ""));
        case "eventName" -> current.operation(value);
        case "errorCode", "ErrorCode" -> current.code(value);
        // Lambda's errorType is the exception class: a code only when AWS would send it ("ClientError" is not).
        case "errorType" -> CodeLines.KNOWN.contains(value) ? current.code(value) : current;
        case "__type" -> current.code(value.substring(value.lastIndexOf('#') + 1));   // "com.amazon…#AccessDeniedException"
        case "errorMessage", "ErrorMessage" -> current.message(value);
        case "Message" -> current.message() == null ? current.message(value) : current;
        case "x-amz-id-2" -> current.hostId(value);
        case "awsRegion" -> current;
        default -> current.requestId(value);
      };
      current = new Hit(current.start(), m.end(), current.service(), current.operation(), current.code(),
          current.status(), current.message(), current.requestId(), current.hostId(), current.refused());
    }
    if (current != null && (current.code() != null || current.message() != null)) hits.add(current);
  }

  /** A JavaScript error object dump: {@code code: 'AccessDenied', statusCode: 403, requestId: 'X', …}. */
  private static void js(String text, List<Hit> hits) {
    Matcher value = JS_VALUE.matcher(text);
    Hit current = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ':' && c != '=') continue;
      int nameEnd = i;
      while (nameEnd > 0 && (text.charAt(nameEnd - 1) == ' ' || text.charAt(nameEnd - 1) == '\'' || text.charAt(nameEnd - 1) == '"')) nameEnd--;
      int nameStart = nameEnd;
      while (nameStart > 0 && (Character.isLetterOrDigit(text.charAt(nameStart - 1)) || text.charAt(nameStart - 1) == '_'
          || text.charAt(nameStart - 1) == '$')) {
        nameStart--;
      }
      if (nameStart == nameEnd || nameEnd - nameStart > 24) continue;
      String name = member(text, nameStart, nameEnd);
      if (name == null) continue;
      value.region(nameEnd, Math.min(text.length(), nameEnd + 520));
      if (!value.lookingAt()) continue;
      if (current == null || nameStart - current.end() > 1500) {
        if (current != null) hits.add(current);
        current = Hit.of(nameStart, value.end());
      }
      String v = value.group(1) != null ? value.group(1) : value.group(2) != null ? value.group(2) : value.group(3);
      current = switch (name) {
        case "httpStatusCode", "statusCode", "http_status_code", "HTTPStatusCode" -> current.status(v);
        case "requestId", "RequestId", "aws_request_id" -> current.requestId(v);
        case "extendedRequestId", "HostId", "s3_extended_request_id" -> current.hostId(v);
        case "Code", "code", "name" -> current.code() == null ? current.code(v) : current;
        case "message", "Message" -> current.message() == null ? current.message(v) : current;
        default -> current;
      };
      current = new Hit(current.start(), value.end(), current.service(), current.operation(), current.code(),
          current.status(), current.message(), current.requestId(), current.hostId(), current.refused());
      i = value.end() - 1;
    }
    if (current != null) hits.add(current);
  }

}
