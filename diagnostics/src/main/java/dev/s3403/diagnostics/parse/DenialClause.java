package dev.s3403.diagnostics.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code User: <arn> is not authorized to perform: <action> [on resource: <arn>] <context>} sentence, as
 * AWS words it (taxonomy §2.1–2.3), with its position in the text.
 *
 * @param start where the sentence starts ({@code User:} when present)
 * @param end where the parsed part ends
 * @param joinedWrap whether a line break inside a token had to be removed
 */
record DenialClause(int start, int end, String principalArn, String action, String resourceArn, String denyType,
    String policyType, String transitivePolicyType, String policyArn, String context, boolean joinedWrap) {

  private static final Pattern ANCHOR = Pattern.compile("(?:is\\s+not|\\bNot)\\s+authori[sz]ed\\s+to\\s+perform");

  private static final String TYPE = "identity-based\\s+policy|resource-based\\s+policy|permissions\\s+boundary"
      + "|sessions?\\s+policy|service\\s+control\\s+policy|resource\\s+control\\s+policy|VPC\\s+endpoint\\s+policy"
      + "|role\\s+trust\\s+policy";

  // A token may hold line breaks without spaces around them: a chat client broke it, AWS did not.
  private static final String TOKEN = "[^\\s\"]+(?:\\n[^\\s\"]+){0,8}";

  private static final Pattern TAIL = Pattern.compile(
      ":?\\s*(?<action>[A-Za-z0-9-]+:[A-Za-z0-9*]+\\n[A-Za-z0-9*]+(?=\\s+(?:on|because|with)\\s)"
          + "|[A-Za-z0-9-]+:[A-Za-z0-9*]+)"
          + "(?:\\s+on\\s+(?:resource:?\\s*(?:\\\\?\"(?<qres>[^\"\\\\]{1,2048})\\\\?\""
          + "|(?<wres>" + TOKEN + ")(?=\\s*,?\\s+(?:because|with)\\s)"
          // A Glue job named "Copy housing repairs to raw": unquoted, spaces and all, up to the reason.
          + "|(?<sres>arn:[^\\s\"][^\"\\n]{0,300}?)(?=\\s+(?:because\\s+no|with\\s+an\\s+explicit)\\s)"
          + "|(?<res>[^\\s\"]+))|this\\s+resource))?"
          + "(?:\\s*,?\\s+(?:because\\s+no\\s+(?<itype>" + TYPE + ")(?:\\s+allows\\s+the\\s+[^\\s]+\\s+action)?"
          + "|with\\s+an\\s+explicit\\s+deny(?:\\s+in\\s+(?:an?|the)\\s+(?<etype>" + TYPE + ")"
          + "(?:\\s+transitively\\s+through\\s+(?:an?|the)\\s+(?<ttype>" + TYPE + "))?)?"
          + "|(?<because>because\\s+[^\\n]{1,400})))?",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern POLICY_ARN = Pattern.compile("(?::\\s*|,?\\s*with\\s+policy\\s+ARN:?\\s*)(arn:[^\\s\"']+)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern AUTH_ID = Pattern.compile(
      "authorization\\s+id:?\\s*([A-Za-z0-9_-]{6,})|#/authorization-details/([A-Za-z0-9_-]{6,})");

  /** Every such sentence in the text, in order. */
  static List<DenialClause> findAll(String text) {
    List<DenialClause> found = new ArrayList<>();
    if (text.indexOf("authori") < 0) return found;
    Matcher anchor = ANCHOR.matcher(text);
    Matcher tail = TAIL.matcher(text);
    List<Integer> users = new ArrayList<>();
    for (int at = text.indexOf("User:"); at >= 0; at = text.indexOf("User:", at + 5)) users.add(at);
    int searched = 0;
    for (int at = text.indexOf("authori"); at >= 0; at = text.indexOf("authori", at + 1)) {
      // "is not authorized to perform" / "Not authorized to perform": start a little before the word.
      int from = Math.max(searched, at - 24);
      anchor.region(from, Math.min(text.length(), at + 40));
      if (anchor.find() && anchor.start() <= at) {
        found.add(parse(text, anchor.start(), anchor.end(), tail, users));
        searched = anchor.end();
      }
    }
    return found;
  }

  private static DenialClause parse(String text, int anchorStart, int anchorEnd, Matcher tail, List<Integer> users) {
    boolean joined = false;
    int start = anchorStart;
    String principal = null;
    // The nearest "User:" before the sentence, if it is within 1,500 characters: a binary search, not a scan.
    int index = java.util.Collections.binarySearch(users, anchorStart);
    int before = index >= 0 ? index - 1 : -index - 2;
    int user = before >= 0 && anchorStart - users.get(before) <= 1500 ? users.get(before) : -1;
    if (user >= 0) {
      String raw = text.substring(user + 5, anchorStart).strip();
      String squeezed = squeeze(raw);
      // Placeholders such as "[account id]" may hold a space; an ARN never does otherwise.
      if (squeezed.startsWith("arn:") && squeezed.replaceAll("\\[[^\\]\\s]*(?: [^\\]\\s]*)?\\]", "").indexOf(' ') < 0) {
        joined = !squeezed.equals(raw);
        principal = squeezed;
        start = user;
      } else if (!raw.isEmpty() && raw.indexOf(' ') < 0 && raw.indexOf('\n') < 0) {
        start = user;   // "User: anonymous", "User: sns.amazonaws.com": part of the sentence, but not an ARN
      }
    }
    tail.region(anchorEnd, Math.min(text.length(), anchorEnd + 4000));
    if (!tail.lookingAt()) {
      return new DenialClause(start, anchorEnd, principal, null, null, null, null, null, null, null, joined);
    }
    String action = squeeze(tail.group("action"));
    joined |= !action.equals(tail.group("action"));
    String resource = null;
    if (tail.group("qres") != null) {
      resource = tail.group("qres").replace("\n", "").strip();
      joined |= tail.group("qres").indexOf('\n') >= 0;
    } else if (tail.group("wres") != null) {
      resource = squeeze(tail.group("wres"));
      joined |= tail.group("wres").indexOf('\n') >= 0;
    } else if (tail.group("sres") != null) {
      resource = tail.group("sres").strip();
    } else if (tail.group("res") != null) {
      resource = trimArn(tail.group("res"));
    }
    String denyType = null;
    String policyType = null;
    String transitive = null;
    String context = null;
    if (tail.group("itype") != null) {
      denyType = "implicit";
      policyType = policyType(tail.group("itype"));
    } else if (tail.group("because") != null) {
      context = tail.group("because").strip();
    } else if (tail.start(0) < tail.end(0) && tail.group(0).toLowerCase(Locale.ROOT).contains("explicit deny")) {
      denyType = "explicit";
      policyType = policyType(tail.group("etype"));
      transitive = policyType(tail.group("ttype"));
    }
    int end = tail.end();
    String policyArn = null;
    if (policyType != null) {
      Matcher arn = POLICY_ARN.matcher(text).region(end, Math.min(text.length(), end + 400));
      if (arn.lookingAt()) {
        policyArn = trimArn(arn.group(1));
        end = arn.end();
      }
    }
    return new DenialClause(start, end, principal, action, resource, denyType, policyType, transitive, policyArn,
        context, joined);
  }

  /** The authorization id of the Access Troubleshooter tail, anywhere after {@code from}. */
  static String authorizationId(String text, int from) {
    if (text.indexOf("uthorization", from) < 0) return null;
    Matcher m = AUTH_ID.matcher(text).region(from, Math.min(text.length(), from + 2000));
    if (!m.find()) return null;
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  private static String policyType(String raw) {
    if (raw == null) return null;
    String t = raw.replaceAll("\\s+", " ");
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("sessions policy")) return "session policy";
    if (lower.equals("vpc endpoint policy")) return "VPC endpoint policy";
    return lower;
  }

  private static String squeeze(String s) {
    return s.indexOf('\n') < 0 ? s : s.replaceAll("\\s*\\n\\s*", "");
  }

  static String trimArn(String arn) {
    int end = arn.length();
    while (end > 0 && ".,;:)'\"".indexOf(arn.charAt(end - 1)) >= 0) end--;
    return arn.substring(0, end);
  }
}
