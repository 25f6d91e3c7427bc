package dev.s3403.diagnostics.evidence.paste;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An {@code aws <service> <operation> --option value …} line pasted with its output, or asked for by the
 * conversation. Only what says which output it is and what it is about is kept: service, operation and options.
 *
 * @param options by option name with its dashes; a flag maps to {@code ""}
 */
record CommandLine(String service, String operation, Map<String, String> options) {
  private static final Set<String> FLAGS = Set.of("--debug", "--no-verify-ssl", "--no-paginate", "--no-sign-request",
      "--no-cli-pager", "--no-cli-auto-prompt", "--cli-auto-prompt");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
  private static final Set<String> PROMPTS = Set.of("$", "%", "#", ">", "PS>", "❯", "➜");

  CommandLine {
    service = service.toLowerCase(Locale.ROOT);
    operation = operation.toLowerCase(Locale.ROOT);
    options = Map.copyOf(options);
  }

  /** The command in one line, the way the conversation names it: {@code aws s3api get-bucket-policy}. */
  String command() {
    return "aws " + service + " " + operation;
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name)).filter(v -> !v.isBlank());
  }

  /** A line that is an AWS CLI command, after an optional shell prompt; empty for any other line. */
  static Optional<CommandLine> parse(String line) {
    List<String> words = words(line.strip());
    int aws = 0;
    // A prompt may be `$`, `user@host:~$` or `PS C:\>`: skip words until `aws`, but only the first few.
    while (aws < words.size() && aws < 4 && !isAws(words.get(aws))) {
      if (aws == 0 && !prompt(words.get(0))) return Optional.empty();
      aws++;
    }
    if (aws >= words.size() || !isAws(words.get(aws))) return Optional.empty();
    int i = aws + 1;
    while (i < words.size() && words.get(i).startsWith("--")) i += FLAGS.contains(words.get(i)) ? 1 : 2;
    // A service and an operation are lower-case words: `"AWS" : "arn:…"` in a pretty-printed policy is no command.
    if (i + 1 >= words.size() || !NAME.matcher(words.get(i)).matches() || !NAME.matcher(words.get(i + 1)).matches()) {
      return Optional.empty();
    }
    Map<String, String> options = new HashMap<>();
    for (int j = i + 2; j < words.size(); j++) {
      String word = words.get(j);
      if (word.equals("|") || word.equals(">") || word.equals("&&") || word.equals(";")) break;
      if (!word.startsWith("--")) continue;
      int eq = word.indexOf('=');
      if (eq > 0) {
        options.put(word.substring(0, eq), word.substring(eq + 1));
      } else if (FLAGS.contains(word) || j + 1 >= words.size() || words.get(j + 1).startsWith("--")) {
        options.put(word, "");
      } else {
        options.put(word, words.get(++j));
      }
    }
    return Optional.of(new CommandLine(words.get(i), words.get(i + 1), options));
  }

  private static boolean prompt(String word) {
    return PROMPTS.contains(word) || word.endsWith("$") || word.endsWith("#") || word.endsWith(">")
        || word.endsWith("%") || word.equals("PS");
  }

  private static boolean isAws(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals("aws") || lower.equals("aws.exe") || lower.endsWith("/aws");
  }

  /** Blank-separated words; quotes keep blanks inside a word and are dropped. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) quote = 0;
        else current.append(c);
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) words.add(current.toString());
        current.setLength(0);
        inWord = false;
      } else {
        current.append(c);
        inWord = true;
      }
    }
    if (inWord) words.add(current.toString());
    return words;
  }
}
