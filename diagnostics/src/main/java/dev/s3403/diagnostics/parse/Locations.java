package dev.s3403.diagnostics.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every place in a text that names an S3 bucket, key or access point, with its rank (see {@link S3Location}). */
final class Locations {
  private Locations() {}

  private static final String DELIMITERS = " \t\n\"'<>,;()[]{}|`";

  private static final Pattern CLI_FAILED = Pattern.compile(
      "(?<verb>upload|download|copy|move|delete|make_bucket|remove_bucket) failed: (?<what>[^\\n]+?)"
          + "(?= An error occurred| A client error| fatal error| Unable to locate|:? ?\\(?An error|\\n|$)");

  private static final Pattern BOTO_UPLOAD = Pattern.compile(
      "(?m)Failed to upload (?<file>[^\\n]+?) to (?<bucket>[a-z0-9][a-z0-9.-]+)/(?<key>[^\\n]+?)(?:: (?=An error|\\w)|$)");

  // urllib3's debug line puts the path after the host: https://host:443 "GET /key HTTP/1.1" 403
  private static final Pattern URL = Pattern.compile("https?://(?<host>[A-Za-z0-9.-]{4,300})(?::\\d+)?"
      + "(?:(?<path>/[^\\s\"'<>|`]*)| \"[A-Z]{3,7} (?<debugpath>/[^\\s\"]*) HTTP)?");

  private static final Pattern URI = Pattern.compile("s3[an]?://[^\\s\"'<>|`]+");

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private static final java.util.Set<String> PARAM_NAMES = java.util.Set.of("Bucket", "bucket", "BucketName",
      "bucketName", "bucket_name", "Key", "key", "object_key", "objectKey", "Prefix", "prefix");

  // Applied where a parameter name stands (found by indexOf, not by a scan of every offset).
  private static final Pattern PARAM_VALUE = Pattern.compile(
      "['\"]?\\s*(?:=>|[=:])\\s*['\"](?<value>[^'\"\\n]{1,1024})['\"]"           // kwargs, JSON, JS, PHP, Ruby
          + "|\\(\"(?<jvalue>[^\"\\n]{1,1024})\"\\)"                                 // Java v2 builders: .bucket("b")
          + "|:\\s*aws\\.String\\(\"(?<gvalue>[^\"\\n]{1,1024})\"\\)"             // Go: Bucket: aws.String("b")
          + "|=(?<tvalue>[^,)\\s'\"]{1,1024})[,)]"                                   // SDK toString: (Bucket=b, Key=k)
          + "|=(?<fvalue>[^\"\\n]{1,1024})\""                                       // curl -F "key=k"
          + "|[ =]['\"]?(?<cvalue>[^\\s'\"]{1,1024})");                              // CLI: --bucket b

  private static final Pattern CONTEXT = Pattern.compile(
      "<BucketName>(?<xbucket>[^<]+)</BucketName>|<Key>(?<xkey>[^<]+)</Key>"
          + "|S3 Bucket(?: [A-Z][\\w ]{0,40})? \\((?<tbucket>[a-z0-9][a-z0-9.-]+)\\)"
          + "|Access to bucket '(?<cmdbucket>[^']+)' was denied"
          + "|S3 bucket \"(?<qbucket>[a-z0-9][a-z0-9.-]+)\""
          + "|object \"(?<okey>[^\"\\n]{1,1024})\" in S3 bucket \"(?<obucket>[a-z0-9][a-z0-9.-]+)\""
          + "|S3 \\(Simple Storage\\) Bucket \\((?<sbucket>[a-z0-9][a-z0-9.-]+)\\)"
          + "|S3 location \\(Bucket: (?<lbucket>[a-z0-9][a-z0-9.-]+) Key: (?<lkey>[^)\\s]+)\\)");

  // s3a: "PUT 0-byte object  on dir/: …", "getFileStatus on s3a://b/k: …"
  private static final Pattern S3A_VERB = Pattern.compile(
      "(?:PUT 0-byte object|getFileStatus|open|rename|delete|copyFile|initiate MultiPartUpload|Writing Object) +on +"
          + "(?!s3a://)(?<key>[^\\s:]+):");

  private static final String[] S3A_VERBS = {"PUT 0-byte object", "getFileStatus", "open", "rename", "delete",
      "copyFile", "initiate MultiPartUpload", "Writing Object"};

  private static final Pattern HOST_HEADER = Pattern.compile("[>\\s]*(?i:Host):[ \\t]*(?<host>[A-Za-z0-9.-]+)");

  private static final Pattern REQUEST_LINE = Pattern.compile("[>\\s]*(?:GET|PUT|HEAD|POST|DELETE) (?<path>/\\S*) HTTP/");

  /** Every place in {@code text}; {@code gate} must have been made from the same text. */
  static List<S3Location> find(String text, Gate gate) {
    List<S3Location> out = new ArrayList<>();
    if (gate.has("arn:aws")) arns(text, out);
    if (gate.has("://")) uris(text, out);
    if (gate.has("failed: ")) cliFailures(text, out);
    if (gate.has("aws s3 ")) cliCopies(text, out);
    if (gate.has("Failed to upload ")) {
      Matcher m = BOTO_UPLOAD.matcher(text);
      while (m.find()) add(out, S3Location.ofNames(m.group("bucket"), m.group("key"), m.start(), 1));
    }
    if (gate.has("://")) urls(text, out);
    if (text.indexOf(":\\/\\/") >= 0) urls(text.replace("\\/", "/"), out);   // URLs in JSON with escaped slashes
    if (gate.has(":host")) exconRequest(text, out);
    if (gate.has("Host:") || gate.has("host:")) hostHeaders(text, out);
    if (gate.has("ucket") || gate.has("key=")) params(text, out);
    for (String literal : CONTEXT_LITERALS) {
      if (gate.has(literal)) {
        context(text, out);
        break;
      }
    }
    if (gate.has("s3a")) {
      Matcher m = S3A_VERB.matcher(text);
      for (int at = text.indexOf(" on "); at >= 0; at = text.indexOf(" on ", at + 1)) {
        int verb = -1;
        for (String v : S3A_VERBS) {
          int start = at;
          while (start > 0 && text.charAt(start - 1) == ' ') start--;   // "PUT 0-byte object  on"
          if (text.startsWith(v, start - v.length())) verb = start - v.length();
        }
        if (verb < 0) continue;
        m.region(verb, Math.min(text.length(), at + 1100));
        if (m.lookingAt()) out.add(new S3Location(verb, 2, null, m.group("key"), null, null));
      }
    }
    return out;
  }

  private static void arns(String text, List<S3Location> out) {
    int from = 0;
    while (true) {
      int at = text.indexOf("arn:aws", from);
      if (at < 0) return;
      int end = tokenEnd(text, at);
      String arn = DenialClause.trimArn(text.substring(at, end));
      // A policy's Resource (often with a wildcard) says what is allowed, not what was requested.
      int before = at;   // back to the line's start, but never more than 120 chars: a paste may be one huge line
      while (before > 0 && at - before < 120 && text.charAt(before - 1) != '\n') before--;
      boolean inPolicy = arn.indexOf('*') >= 0 || text.substring(before, at).contains("Resource");
      if (!inPolicy) add(out, S3Location.ofArn(arn, at, 3));
      from = end;
    }
  }

  private static void uris(String text, List<S3Location> out) {
    Matcher m = URI.matcher(text);
    for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
      int start = at >= 3 && (text.charAt(at - 1) == 'a' || text.charAt(at - 1) == 'n') ? at - 3 : at - 2;
      if (start < 0 || !text.startsWith("s3", start) || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
        continue;
      }
      m.region(start, text.length());
      if (m.lookingAt()) add(out, S3Location.ofUri(DenialClause.trimArn(m.group() + spacedFileName(text, m)), start, 3));
    }
  }

  private static final Pattern SPACED_NAME = Pattern.compile(" [\\w-]{1,60}\\.[A-Za-z0-9]{1,5}(?=[\\s,;:)'\"]|$)");

  /** {@code s3://b/uploads/clip 01.mov}: a file name with a space, where the URI's last part has no extension. */
  private static String spacedFileName(String text, Matcher uri) {
    String u = uri.group();
    int slash = u.lastIndexOf('/');
    if (slash < 0 || slash == u.length() - 1 || u.indexOf('.', slash) >= 0) return "";
    Matcher next = SPACED_NAME.matcher(text).region(uri.end(), Math.min(text.length(), uri.end() + 70));
    return next.lookingAt() ? next.group() : "";
  }

  private static void cliFailures(String text, List<S3Location> out) {
    Matcher m = CLI_FAILED.matcher(text);
    for (int at = text.indexOf(" failed: "); at >= 0; at = text.indexOf(" failed: ", at + 1)) {
      int start = at;
      while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) start--;
      m.region(start, text.length());
      if (start == at || !m.lookingAt()) continue;
      String what = m.group("what").strip();
      String verb = m.group("verb");
      int to = what.indexOf(" to ");
      String source = to < 0 ? what : what.substring(0, to);
      String target = to < 0 ? null : what.substring(to + 4);
      int lineEnd = text.indexOf('\n', m.end());
      String rest = text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd);
      boolean writes = rest.contains("CopyObject") || rest.contains("UploadPartCopy") || rest.contains("PutObject")
          || rest.contains("MultipartUpload");
      String chosen = switch (verb) {
        case "upload" -> target != null && target.startsWith("s3://") ? target : source;
        case "copy", "move" -> writes && target != null && target.startsWith("s3://") ? target : source;
        default -> source;
      };
      if (chosen.startsWith("s3://")) add(out, S3Location.ofUri(chosen, m.start(), 1));
    }
  }

  private static final Pattern CLI_COPY = Pattern.compile("aws s3 (?:cp|mv) (?:--[\\w-]+ )*(?<src>s3://\\S+) (?<dst>s3://\\S+)");

  /**
   * {@code aws s3 cp s3://a/k s3://b/k}: the CLI reads the source first (HeadObject), so a failure without its
   * own failure line is the source's; a failed copy or upload names its destination on its failure line.
   */
  private static void cliCopies(String text, List<S3Location> out) {
    Matcher m = CLI_COPY.matcher(text);
    for (int at = text.indexOf("aws s3 "); at >= 0; at = text.indexOf("aws s3 ", at + 1)) {
      m.region(at, Math.min(text.length(), at + 2200));
      if (m.lookingAt()) add(out, S3Location.ofUri(DenialClause.trimArn(m.group("src")), at, 2));
    }
  }

  private static void urls(String text, List<S3Location> out) {
    Matcher m = URL.matcher(text);
    for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
      int start = text.startsWith("https", at - 5) ? at - 5 : text.startsWith("http", at - 4) ? at - 4 : -1;
      if (start < 0) continue;
      m.region(start, text.length());
      if (!m.lookingAt()) continue;
      String path = m.group("path") != null ? m.group("path") : m.group("debugpath");
      add(out, S3Location.ofUrl(m.group("host"), path == null ? "" : DenialClause.trimArn(path), m.start(), 4));
    }
  }

  /** A request dump: {@code > GET /key HTTP/1.1} and, near it, {@code > Host: bucket.s3.amazonaws.com}. */
  private static final Pattern EXCON_FIELD = Pattern.compile(":(?<name>host|path)\\s*=>\\s*\"(?<value>[^\"\\n]{1,1024})\"");

  /** Ruby's Excon prints the request as fields: {@code :host => "b.s3.amazonaws.com"} and {@code :path => "/k"}. */
  private static void exconRequest(String text, List<S3Location> out) {
    Matcher m = EXCON_FIELD.matcher(text);
    String host = null;
    int hostAt = -1;
    String path = "";
    for (int at = text.indexOf(":host"); at >= 0; at = text.indexOf(":host", at + 1)) {
      m.region(at, Math.min(text.length(), at + 1200));
      if (m.lookingAt()) {
        host = m.group("value");
        hostAt = at;
      }
    }
    if (host == null) return;
    for (int at = text.indexOf(":path"); at >= 0; at = text.indexOf(":path", at + 1)) {
      m.region(at, Math.min(text.length(), at + 1200));
      if (m.lookingAt() && Math.abs(at - hostAt) < 1500) path = m.group("value");
    }
    add(out, S3Location.ofUrl(host, path, hostAt, 4));
  }

  private static void hostHeaders(String text, List<S3Location> out) {
    List<int[]> requestLines = new ArrayList<>();   // {position, path start, path end}
    Matcher line = REQUEST_LINE.matcher(text);
    for (int at = text.indexOf(" HTTP/"); at >= 0; at = text.indexOf(" HTTP/", at + 1)) {
      int lineStart = Lines.startBefore(text, at);
      line.region(lineStart, Math.min(text.length(), at + 10));
      if (line.lookingAt()) requestLines.add(new int[] {lineStart, line.start("path"), line.end("path")});
    }
    Matcher host = HOST_HEADER.matcher(text);
    for (String name : new String[] {"Host:", "host:"}) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int lineStart = Lines.startBefore(text, at);
        host.region(lineStart, Math.min(text.length(), at + 400));
        if (!host.lookingAt()) continue;
        String path = "";
        int best = Integer.MAX_VALUE;
        for (int[] r : requestLines) {
          int distance = Math.abs(r[0] - at);
          if (distance < best && distance < 2000) {
            best = distance;
            path = text.substring(r[1], r[2]);
          }
        }
        add(out, S3Location.ofUrl(host.group("host"), path, at, 4));
      }
    }
  }

  /** Request parameters; a key counts only beside its bucket, since {@code "Key":} also names tag keys. */
  private static void params(String text, List<S3Location> out) {
    if (text.indexOf("ucket") < 0 && text.indexOf("key=") < 0) return;
    String bucket = null;
    int bucketAt = -1;
    String key = null;
    String prefix = null;
    Matcher m = PARAM_VALUE.matcher(text);
    for (int at : parameterNames(text)) {
      int end = at;
      while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
      String name = text.substring(at, end);
      m.region(end, Math.min(text.length(), end + 1100));
      if (!m.lookingAt()) continue;
      String value = firstNonNull(m, "value", "jvalue", "gvalue", "tvalue", "fvalue", "cvalue");
      if (!formFits(text, at, m)) continue;
      if (m.group("fvalue") != null && name.equals("key") && bucket == null) {
        out.add(new S3Location(at, 2, null, value, null, null));   // a POST form names the key, the URL the bucket
        continue;
      }
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("bucket")) {
        if (bucket != null) add(out, located(bucket, key, prefix, bucketAt));
        bucket = value;
        bucketAt = at;
        key = null;
        prefix = null;
      } else if (bucket != null && Math.abs(at - bucketAt) < 500) {
        if (lower.startsWith("prefix")) prefix = value;
        else if (key == null) key = value;
      }
    }
    if (bucket != null) add(out, located(bucket, key, prefix, bucketAt));
  }

  /** Where a parameter name stands as a whole word, in text order. */
  private static List<Integer> parameterNames(String text) {
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
    for (String needle : new String[] {"ucket", "Key", "key", "refix"}) {
      for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
        int start = i;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) start--;
        int end = i;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
        if (PARAM_NAMES.contains(text.substring(start, end))) starts.add(start);
      }
    }
    return new ArrayList<>(starts);
  }

  /** Each value form belongs after its own kind of name: {@code .bucket(}, {@code --bucket}, {@code -F "key=}. */
  private static boolean formFits(String text, int at, Matcher m) {
    if (m.group("jvalue") != null) return at > 0 && text.charAt(at - 1) == '.';
    if (m.group("cvalue") != null) return text.startsWith("--", at - 2) || text.startsWith("--s3-", at - 5);
    if (m.group("fvalue") != null) return text.startsWith("-F \"", at - 4) || text.startsWith("-F '", at - 4);
    // SDK toString (Bucket=my-bucket, Key=a/b.csv), not Python's Bucket=bucket_name: a variable is no value.
    if (m.group("tvalue") != null) {
      String v = m.group("tvalue");
      return Character.isUpperCase(text.charAt(at)) && !IDENTIFIER.matcher(v).matches();
    }
    return true;
  }

  private static String firstNonNull(Matcher m, String... groups) {
    for (String g : groups) {
      if (m.group(g) != null) return m.group(g);
    }
    return null;
  }

  private static S3Location located(String bucket, String key, String prefix, int at) {
    S3Location l = S3Location.ofNames(bucket, key != null ? key : prefix, at, 2);
    return l;
  }

  static final String[] CONTEXT_LITERALS = {"<BucketName>", "<Key>", "S3 Bucket", "S3 bucket \"", "object \"",
      "S3 (Simple Storage)", "S3 location (", "Access to bucket '"};

  private static void context(String text, List<S3Location> out) {
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
    for (String literal : CONTEXT_LITERALS) {
      for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) starts.add(at);
    }
    if (starts.isEmpty()) return;
    Matcher m = CONTEXT.matcher(text);
    String xmlBucket = null;
    String xmlKey = null;
    int xmlAt = -1;
    for (int at : starts) {
      m.region(at, text.length());
      if (!m.lookingAt()) continue;
      if (m.group("xbucket") != null) {
        xmlBucket = m.group("xbucket").strip();
        xmlAt = m.start();
      } else if (m.group("xkey") != null) {
        xmlKey = m.group("xkey").strip();
        if (xmlAt < 0) xmlAt = m.start();
      } else if (m.group("tbucket") != null) {
        add(out, S3Location.ofNames(m.group("tbucket"), null, m.start(), 5));
      } else if (m.group("cmdbucket") != null) {
        add(out, S3Location.ofNames(m.group("cmdbucket"), null, m.start(), 5));
      } else if (m.group("qbucket") != null) {
        add(out, S3Location.ofNames(m.group("qbucket"), null, m.start(), 5));
      } else if (m.group("obucket") != null) {
        add(out, S3Location.ofNames(m.group("obucket"), m.group("okey"), m.start(), 4));
      } else if (m.group("sbucket") != null) {
        add(out, S3Location.ofNames(m.group("sbucket"), null, m.start(), 5));
      } else if (m.group("lbucket") != null) {
        add(out, S3Location.ofNames(m.group("lbucket"), m.group("lkey"), m.start(), 4));
      }
    }
    if (xmlBucket != null) add(out, S3Location.ofNames(xmlBucket, xmlKey, xmlAt, 5));
    else if (xmlKey != null) out.add(new S3Location(xmlAt, 5, null, xmlKey, null, null));
  }

  private static int tokenEnd(String text, int from) {
    int i = from;
    while (i < text.length() && DELIMITERS.indexOf(text.charAt(i)) < 0) i++;
    return i;
  }

  private static void add(List<S3Location> out, S3Location l) {
    if (l != null) out.add(l);
  }
}
