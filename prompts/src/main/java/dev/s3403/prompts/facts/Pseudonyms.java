package dev.s3403.prompts.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable placeholders for account ids, bucket names and principal names ({@code S3403_LLM_PSEUDONYMIZE=true}):
 * the model reads {@code ACCOUNT_1}, {@code BUCKET_1}, {@code PRINCIPAL_1}, and the answer is restored before
 * anyone reads it. The same value always gets the same placeholder within one conversation's facts.
 */
public final class Pseudonyms {
  private static final Pattern ACCOUNT = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
  private static final Pattern BUCKET_ARN = Pattern.compile("arn:aws[a-z-]*:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])");
  private static final Pattern PRINCIPAL_ARN = Pattern.compile(
      "arn:aws[a-z-]*:(?:iam|sts)::\\d{12}:(?:role|user|assumed-role|federated-user)/(?:[\\w+=,.@-]+/)*?([\\w+=,.@-]+)(?:/([\\w+=,.@-]+))?(?=$|[^\\w+=,.@/-])");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\b(ACCOUNT|BUCKET|PRINCIPAL)_(\\d+)\\b");

  /** Real value to placeholder, in the order first seen. */
  private final Map<String, String> forward = new LinkedHashMap<>();
  private final Map<String, String> backward = new LinkedHashMap<>();
  private final List<String> byLength = new ArrayList<>();

  private Pseudonyms() {}

  /** The names in these texts (the facts first), each given a placeholder. */
  public static Pseudonyms of(String facts, String bucket) {
    Pseudonyms p = new Pseudonyms();
    Matcher m = PRINCIPAL_ARN.matcher(facts);
    while (m.find()) {
      p.add(m.group(1), "PRINCIPAL");
      if (m.group(2) != null) p.add(m.group(2), "PRINCIPAL");
    }
    if (bucket != null && !bucket.isBlank()) p.add(bucket, "BUCKET");
    m = BUCKET_ARN.matcher(facts);
    while (m.find()) p.add(m.group(1), "BUCKET");
    m = ACCOUNT.matcher(facts);
    while (m.find()) p.add(m.group(), "ACCOUNT");
    p.byLength.sort(Comparator.comparingInt(String::length).reversed());
    return p;
  }

  private void add(String real, String kind) {
    // Names this short are ordinary words as often as names; hiding them would garble the text.
    if (real.length() < 3 || forward.containsKey(real)) return;
    long n = forward.values().stream().filter(v -> v.startsWith(kind + "_")).count() + 1;
    String placeholder = kind + "_" + n;
    forward.put(real, placeholder);
    backward.put(placeholder, real);
    byLength.add(real);
  }

  /** The text with every known name replaced; the longest names first, so one never splits another. */
  public String hide(String text) {
    if (text == null) return null;
    String out = text;
    for (String real : byLength) {
      out = Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(real) + "(?![A-Za-z0-9_-])").matcher(out)
          .replaceAll(Matcher.quoteReplacement(forward.get(real)));
    }
    return out;
  }

  /** The answer with its placeholders restored, or null when it names a placeholder that was never given. */
  public String restore(String answer) {
    Matcher m = PLACEHOLDER.matcher(answer);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String real = backward.get(m.group());
      if (real == null) return null;
      m.appendReplacement(out, Matcher.quoteReplacement(real));
    }
    m.appendTail(out);
    return out.toString();
  }

  public int size() {
    return forward.size();
  }
}
