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

  private static final Pattern XML_TAG = Pattern.compile(
      "<(Code|Message|RequestId|HostId)>\\s*([^<]{0,2000}?)\\s*(?:</\\1>|$|(?=<))", Pattern.MULTILINE);

  private static final Pattern HTML_ITEM = Pattern.compile(
      "<li>(Code|Message|RequestId|HostId): ([^<]{0,2000})</li>");

  private static final Pattern HTTP_STATUS = Pattern.compile(
      "(?m)^[<>*\\s]*HTTP/[0-9.]{1,3} (?<status>\\d{3})\\b|HTTP/[0-9.]{1,3}\" (?<debug>\\d{3})\\b"
          + "|-> (?<arrow>[45]\\d{2})[ \\t]*$|\\(?(?<word>\\d{3})\\)? (?:Forbidden|Not Found|"
          + "Bad Request|Moved Permanently|Unauthorized)\\b");

  private static final Pattern RUST_STATUS = Pattern.compile("StatusCode\\((?<status>\\d{3})\\)|\\bstatus: (?<plain>\\d{3})\\b");

  private static final Pattern REQUEST_ID_PAREN = Pattern.compile("\\(Request-ID: (?<rid>[A-Za-z0-9+/=-]+)\\)");

  private static final Pattern HEADER = Pattern.compile(
      "(?im)^[<>\\s]*(x-amz-request-id|x-amz-id-2|x-amzn-requestid): *([^\\s]+)"
          + "|['\"](x-amz-request-id|x-amz-id-2|x-amzn-requestid)['\"]\\s*:\\s*['\"]([^'\"\\s]+)['\"]");

  private static final Pattern CLOUDFRONT = Pattern.compile(
      "(?s)(?<status>\\d{3}) ERROR.{0,400}?(?<msg>The request could not be satisfied\\.?).{0,2000}?Request ID: (?<rid>[\\w=+/-]+)");

  private static final Pattern TRAIL_MEMBER = Pattern.compile(
      "\"(eventSource|eventName|errorCode|errorMessage|requestID|errorType|x-amz-id-2|awsRegion)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,2000})\"");

  private static final Pattern JS_MEMBER = Pattern.compile(
      "(?<![\\w$])'?(\\$?fault|httpStatusCode|statusCode|requestId|extendedRequestId|RequestId|HostId|Code|code|"
          + "name|region|message|Message|aws_request_id|s3_extended_request_id)'?\"?\\s*[:=]\\s*"
          + "(?:'([^'\\n]{0,500})'|\"([^\"\\n]{0,500})\"|(\\d{3})\\b)");

  // The first line of a JavaScript error: "AccessDenied: Access Denied" followed by an indented "at …" frame.
  private static final Pattern JS_TITLE = Pattern.compile(
      "(?m)^(?:[^\\n]*?[\\s{])?(?:Uncaught )?(?:\\w*Exception \\[)?(?<code>[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|Forbidden|\\d{3})\\]?: "
          + "(?<msg>[^\\n]*)\\n\\s+at [^\\n]*(?:\\.js|\\.mjs|\\.cjs|\\.ts|node:|<anonymous>|async )");

  static void collect(String text, List<Hit> hits) {
    if (text.indexOf("<Code>") >= 0 || text.indexOf("<Message>") >= 0) xml(text, XML_TAG, hits);
    if (text.indexOf("<li>Code: ") >= 0) xml(text, HTML_ITEM, hits);
    if (text.indexOf("HTTP/") >= 0 || text.indexOf("-> ") >= 0) {
      SdkFrames.each(text, "", HTTP_STATUS, hits, WireFrames::status);
    } else {
      SdkFrames.each(text, "Forbidden", HTTP_STATUS, hits, WireFrames::status);
    }
    if (text.indexOf("x-amz") >= 0 || text.indexOf("X-Amz") >= 0) SdkFrames.each(text, "", HEADER, hits, WireFrames::header);
    SdkFrames.each(text, "could not be satisfied", CLOUDFRONT, hits, m -> Hit.of(m.start(), m.end())
        .status(m.group("status")).message(m.group("msg")).requestId(m.group("rid")).service("cloudfront"));
    SdkFrames.each(text, "tatus", RUST_STATUS, hits, m -> Hit.of(m.start(), m.end())
        .status(m.group("status") != null ? m.group("status") : m.group("plain")));
    SdkFrames.each(text, "(Request-ID: ", REQUEST_ID_PAREN, hits, m -> Hit.of(m.start(), m.end()).requestId(m.group("rid")));
    if (text.indexOf("\"errorCode\"") >= 0 || text.indexOf("\"errorType\"") >= 0) trail(text, hits);
    if (text.indexOf("$metadata") >= 0 || text.indexOf("statusCode:") >= 0 || text.indexOf("aws_request_id") >= 0
        || text.indexOf("Code: '") >= 0 || text.indexOf("code: '") >= 0) {
      js(text, hits);
    }
    SdkFrames.each(text, "    at ", JS_TITLE, hits, m -> m.group("code").endsWith("Error")
        || m.group("code").endsWith("Exception") ? Hit.of(m.start(), m.end())
        : Hit.of(m.start(), m.end()).code(m.group("code")).message(m.group("msg")));
  }

  private static Hit status(Matcher m) {
    String s = m.group("status") != null ? m.group("status") : m.group("debug") != null ? m.group("debug")
        : m.group("arrow") != null ? m.group("arrow") : m.group("word");
    return Hit.of(m.start(), m.end()).status(s);
  }

  private static Hit header(Matcher m) {
    String name = (m.group(1) != null ? m.group(1) : m.group(3)).toLowerCase(java.util.Locale.ROOT);
    String value = m.group(1) != null ? m.group(2) : m.group(4);
    Hit hit = Hit.of(m.start(), m.end());
    return name.equals("x-amz-id-2") ? hit.hostId(value) : hit.requestId(value);
  }

  /** Tags of one error body, grouped: a new {@code <Code>} starts a new error. */
  private static void xml(String text, Pattern tag, List<Hit> hits) {
    Matcher m = tag.matcher(text);
    Hit current = null;
    while (m.find()) {
      String name = m.group(1);
      if (current != null && (name.equals("Code") && current.code() != null || m.start() - current.end() > 3000)) {
        hits.add(current);
        current = null;
      }
      if (current == null) current = Hit.of(m.start(), m.end());
      String value = m.group(2);
      current = switch (name) {
        case "Code" -> current.code(value);
        case "Message" -> current.message(value);
        case "RequestId" -> current.requestId(value);
        default -> current.hostId(value);
      };
      current = new Hit(current.start(), m.end(), current.service(), current.operation(), current.code(),
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
      String value = m.group(2).replace("\\\"", "\"");
      current = switch (m.group(1)) {
        case "eventSource" -> current.service(value.replace(".amazonaws.com", ""));
        case "eventName" -> current.operation(value);
        case "errorCode", "errorType" -> current.code(value);
        case "errorMessage" -> current.message(value);
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
    Matcher m = JS_MEMBER.matcher(text);
    Hit current = null;
    while (m.find()) {
      if (current == null || m.start() - current.end() > 1500) {
        if (current != null) hits.add(current);
        current = Hit.of(m.start(), m.end());
      }
      String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      current = switch (m.group(1)) {
        case "httpStatusCode", "statusCode" -> current.status(value);
        case "requestId", "RequestId", "aws_request_id" -> current.requestId(value);
        case "extendedRequestId", "HostId", "s3_extended_request_id" -> current.hostId(value);
        case "Code", "code", "name" -> current.code() == null ? current.code(value) : current;
        case "message", "Message" -> current.message() == null ? current.message(value) : current;
        default -> current;
      };
      current = new Hit(current.start(), m.end(), current.service(), current.operation(), current.code(),
          current.status(), current.message(), current.requestId(), current.hostId(), current.refused());
    }
    if (current != null) hits.add(current);
  }
}
