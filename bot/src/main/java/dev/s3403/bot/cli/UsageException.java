package dev.s3403.bot.cli;

/** A command line or input the command cannot use; its message is the one line the user sees. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
