package dev.s3403.bot.cli;

/** {@code --format json|text|markdown}: text for people at a terminal, JSON for programs. */
enum Format {
  JSON, TEXT, MARKDOWN;

  static Format of(String value) {
    return switch (value) {
      case "json" -> JSON;
      case "text" -> TEXT;
      case "markdown", "md" -> MARKDOWN;
      default -> throw new UsageException("--format must be json, text or markdown, not `" + value + "`");
    };
  }
}
