package dev.s3403.bot.cli;

/** {@code <command> --help}: not an error; the command prints its usage and succeeds. */
final class HelpRequested extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HelpRequested() {
    super(null, null, false, false);
  }
}
