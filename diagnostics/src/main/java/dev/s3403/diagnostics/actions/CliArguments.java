package dev.s3403.diagnostics.actions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code aws <service> <subcommand> …} command found in pasted text, split into options and positionals.
 *
 * @param service     {@code s3}, {@code s3api} or {@code s3control}
 * @param subcommand  {@code cp}, {@code put-object}, …
 * @param positionals the arguments that are not options, in order
 * @param options     option name (with its dashes) to value; flags map to {@code ""}
 */
record CliArguments(String service, String subcommand, List<String> positionals, Map<String, String> options) {

  private static final Set<String> SERVICES = Set.of("s3", "s3api", "s3control");
  /** Options that take no value; every other {@code --option} takes one. */
  private static final Set<String> FLAGS = Set.of("--recursive", "--dryrun", "--quiet", "--only-show-errors",
      "--no-progress", "--follow-symlinks", "--no-follow-symlinks", "--no-guess-mime-type",
      "--force-glacier-transfer", "--ignore-glacier-warnings", "--delete", "--exact-timestamps", "--size-only",
      "--human-readable", "--summarize", "--force", "--no-overwrite", "--debug", "--no-verify-ssl",
      "--no-paginate", "--no-sign-request", "--no-cli-pager", "--bypass-governance-retention",
      "--no-bypass-governance-retention", "--object-lock-enabled-for-bucket",
      "--no-object-lock-enabled-for-bucket", "--fetch-owner", "--no-fetch-owner");
  /** Options whose value may be left out, with the values they accept. */
  private static final Map<String, Set<String>> OPTIONAL_VALUES = Map.of(
      "--sse", Set.of("AES256", "aws:kms", "aws:kms:dsse"),
      "--request-payer", Set.of("requester"));
  private static final Set<String> SHELL_OPERATORS = Set.of("|", "||", "&&", ";", "&");

  CliArguments {
    positionals = List.copyOf(positionals);
    options = Map.copyOf(options);
  }

  /** The first AWS CLI S3 command in the text, if any. */
  static Optional<CliArguments> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    // Shells continue a command on the next line after `\` (sh), `` ` `` (PowerShell) or `^` (cmd).
    String joined = text.replaceAll("[\\\\`^]\\r?\\n", " ");
    for (String line : joined.split("\\r?\\n")) {
      Optional<CliArguments> found = fromWords(words(line));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  boolean has(String option) {
    return options.containsKey(option);
  }

  String option(String option) {
    return options.get(option);
  }

  private static Optional<CliArguments> fromWords(List<String> line) {
    int aws = 0;
    while (aws < line.size() && !isAws(line.get(aws))) {
      aws++;
    }
    List<String> words = untilShellOperator(line.subList(Math.min(aws + 1, line.size()), line.size()));
    int i = 0;
    // Global options (--profile p, --region r, --debug) may come before the service.
    while (i < words.size() && words.get(i).startsWith("--")) {
      i += FLAGS.contains(words.get(i)) ? 1 : 2;
    }
    if (i + 1 >= words.size() || !SERVICES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    var positionals = new ArrayList<String>();
    var options = new HashMap<String, String>();
    for (int j = i + 2; j < words.size(); j++) {
      String word = words.get(j);
      if (!word.startsWith("--")) {
        positionals.add(word);
      } else if (FLAGS.contains(word)) {
        options.put(word, "");
      } else if (OPTIONAL_VALUES.containsKey(word)) {
        boolean valued = j + 1 < words.size() && OPTIONAL_VALUES.get(word).contains(words.get(j + 1));
        options.put(word, valued ? words.get(++j) : "");
      } else {
        options.put(word, j + 1 < words.size() ? words.get(++j) : "");
      }
    }
    return Optional.of(new CliArguments(words.get(i).toLowerCase(Locale.ROOT),
        words.get(i + 1).toLowerCase(Locale.ROOT), positionals, options));
  }

  private static List<String> untilShellOperator(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (SHELL_OPERATORS.contains(word) || word.startsWith(">") || word.startsWith("2>")) {
        return words.subList(0, i);
      }
    }
    return words;
  }

  private static boolean isAws(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals("aws") || lower.equals("aws.exe") || lower.endsWith("/aws") || lower.endsWith("\\aws.exe");
  }

  /** Splits on blanks and keeps quoted parts together; backslashes stay (Windows paths). */
  private static List<String> words(String line) {
    var words = new ArrayList<String>();
    var current = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(current.toString());
        }
        inWord = false;
        current.setLength(0);
      } else {
        current.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(current.toString());
    }
    return words;
  }
}
