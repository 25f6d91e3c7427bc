package dev.s3403.diagnostics.parse;

import dev.s3403.diagnostics.actions.OperationActions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Operation names that code and stack traces spell in their own case ({@code getObject(}, {@code
 * GetObjectCommand}, {@code put_object(}, {@code GetObjectAsync}), and the Region a request was sent to.
 * Only names the operation-to-action map knows are taken, so a helper such as {@code upload_file} or {@code
 * getObjectMetadata} never becomes an operation.
 */
final class CodeClues {
  private CodeClues() {}

  private static final String REGION = "(?<region>[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d)";

  /** Where a Region shows, strongest first; each pattern begins with the literal it is found by. */
  private record RegionClue(String literal, Pattern pattern) {}

  private static final List<RegionClue> REGIONS = List.of(
      new RegionClue("redential=", Pattern.compile("redential=[^&\\s/%]+(?:/|%2F)\\d{8}(?:/|%2F)" + REGION)),
      new RegionClue("\"awsRegion\"", Pattern.compile("\"awsRegion\"\\s*:\\s*\"" + REGION + "\"")),
      new RegionClue("bucket-region", Pattern.compile("bucket-region[\"']?:\\s*(?:HeaderValue \\{ _private: H0\\(\")?" + REGION)),
      new RegionClue("Bucket-Region", Pattern.compile("Bucket-Region[\"']?:\\s*" + REGION)),
      new RegionClue("<Region>", Pattern.compile("<Region>" + REGION + "</Region>")),
      new RegionClue("region", Pattern.compile("region['\"]?\\s*[:=]\\s*['\"]" + REGION + "['\"]")),
      new RegionClue("--region", Pattern.compile("--region[ =]" + REGION)),
      new RegionClue("REGION=", Pattern.compile("REGION=" + REGION)));

  // Any AWS endpoint names its Region: sts.eu-west-1.amazonaws.com, kms.us-east-2.amazonaws.com.
  private static final Pattern ENDPOINT_REGION = Pattern.compile("\\." + REGION + "\\.amazonaws\\.com$");

  /** The operation code names, preferring the stack frames at and after {@code from} (the error's own). */
  static String operation(String text, int from) {
    String after = first(text, from, text.length());
    return after != null ? after : first(text, 0, from);
  }

  static String operation(String text) {
    return first(text, 0, text.length());
  }

  // Suffixes of SDK type names that carry the operation: GetObjectCommand, PutObjectRequest, GetObjectInput…
  private static final String[] TYPE_SUFFIXES = {"CommandError", "Command", "Request", "Error", "Output", "Input"};

  /**
   * One pass over identifiers (no regex: this runs on every paste): a method call after {@code .} or {@code #},
   * an SDK type name, or a snake_case name in a Ruby frame or a log line.
   */
  // Where a candidate identifier ends or stands: a call's "(", a Ruby frame's "'", "s3/", a type suffix, " failed".
  private static final String[] ANCHORS = {"(", "'", "s3/", "Command", "Request", "Error", "Output", "Input", " failed"};

  /** Anchors in text order (a merge of their occurrence streams): the first candidate wins, so stop there. */
  private static String first(String text, int from, int to) {
    int[] next = new int[ANCHORS.length];
    for (int a = 0; a < ANCHORS.length; a++) next[a] = text.indexOf(ANCHORS[a], from);
    int lastStart = -1;
    while (true) {
      int a = -1;
      for (int i = 0; i < next.length; i++) {
        if (next[i] >= 0 && next[i] < to && (a < 0 || next[i] < next[a])) a = i;
      }
      if (a < 0) return null;
      int at = next[a];
      next[a] = text.indexOf(ANCHORS[a], at + 1);
      int probe = ANCHORS[a].equals("s3/") ? at + 3 : at;   // the identifier after "s3/", else the one before or around
      int start = probe;
      while (start > 0 && identifier(text.charAt(start - 1))) start--;
      if (start < from || start == lastStart) continue;
      lastStart = start;
      int end = start;
      while (end < text.length() && identifier(text.charAt(end))) end++;
      if (end - start >= 3 && end - start <= 80) {
        String op = candidate(text, start, end);
        if (op != null) return op;
      }
    }
  }

  private static String candidate(String text, int start, int end) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    boolean call = (before == '.' || before == '#') && (after == '(' || after == '\'')
        // s3a: "getBucketLocation() on b:"; its listObjects() sends ListObjectsV2 or V1 by setting, so it names none
        || text.startsWith("() on ", end) && !text.startsWith("listObjects", start);
    boolean s3Path = before == '/' && text.startsWith("s3/", start - 3);
    boolean underscore = false;
    for (int i = start; i < end && !underscore; i++) underscore = text.charAt(i) == '_';
    boolean typeName = end - start >= 8 && endsWithTypeSuffix(text, end);
    if (!call && !s3Path && !underscore && !typeName) return null;   // most identifiers: decided without a copy
    String token = text.substring(start, end);
    if (s3Path) {   // Go v1 debug: "Request s3/GetObject Details"
      return OperationActions.canonical(token).orElse(null);
    }
    boolean snake = underscore && token.chars().noneMatch(Character::isUpperCase);
    if (call) {
      String name = strip(strip(token, "Async"), "WithContext");
      String op = OperationActions.canonical(name).orElse(null);
      if (op != null) return op;
      return receiverIsAwsClient(text, start - 1) ? Describe.otherOperation(name) : null;
    }
    if (snake) {
      boolean rubyFrame = after == '\'' && (text.startsWith("in ", start - 3) || text.startsWith("in '", start - 4)
          || text.startsWith("in `", start - 4));
      boolean logged = text.startsWith(" failed", end);
      if (rubyFrame || logged) return OperationActions.canonical(token).or(() -> java.util.Optional.ofNullable(
          Describe.otherOperation(token))).orElse(null);
      return null;
    }
    if (!typeName) return null;
    int lastUnderscore = token.lastIndexOf('_');
    String type = lastUnderscore >= 0 ? token.substring(lastUnderscore + 1) : token;
    if (type.length() < 8) return null;
    for (String suffix : TYPE_SUFFIXES) {
      if (type.endsWith(suffix) && type.length() > suffix.length() + 2) {
        String name = type.substring(0, type.length() - suffix.length());
        // "deserializeAws_restXmlPutObjectTaggingCommandError": the operation starts at some capital letter.
        for (int i = 0; i < name.length(); i++) {
          if (i > 0 && !Character.isUpperCase(name.charAt(i))) continue;
          String part = name.substring(i);
          String op = OperationActions.canonical(part).orElse(i == 0 ? Describe.otherOperation(part) : null);
          if (op != null) return op;
        }
      }
    }
    return null;
  }

  private static boolean endsWithTypeSuffix(String text, int end) {
    for (String suffix : TYPE_SUFFIXES) {
      if (text.startsWith(suffix, end - suffix.length())) return true;
    }
    return false;
  }

  /** {@code kms.decrypt(} or {@code stsClient.assumeRole(}, not {@code cipher.decrypt(}. */
  private static boolean receiverIsAwsClient(String text, int dot) {
    int start = dot;
    while (start > 0 && identifier(text.charAt(start - 1))) start--;
    String receiver = text.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
    return receiver.contains("kms") || receiver.contains("sts") || receiver.contains("securitytoken")
        || receiver.contains("client") || receiver.equals("svc") || receiver.contains("dynamo");
  }

  private static String strip(String s, String suffix) {
    return s.endsWith(suffix) && s.length() > suffix.length() ? s.substring(0, s.length() - suffix.length()) : s;
  }

  private static boolean identifier(char c) {
    return c < 128 ? Character.isLetterOrDigit(c) || c == '_' : false;
  }

  static String region(String text) {
    for (RegionClue clue : REGIONS) {
      int first = text.indexOf(clue.literal());
      if (first < 0) continue;
      Matcher m = clue.pattern().matcher(text);
      for (int at = first; at >= 0; at = text.indexOf(clue.literal(), at + 1)) {
        m.region(at, Math.min(text.length(), at + 200));
        if (m.lookingAt()) return m.group("region");
      }
    }
    Matcher endpoint = ENDPOINT_REGION.matcher(text);
    for (int at = text.indexOf(".amazonaws.com"); at >= 0; at = text.indexOf(".amazonaws.com", at + 1)) {
      endpoint.region(Math.max(0, at - 30), at + ".amazonaws.com".length());
      if (endpoint.find()) return endpoint.group("region");
    }
    return null;
  }

}
