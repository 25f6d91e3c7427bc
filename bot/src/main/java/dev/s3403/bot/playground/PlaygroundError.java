package dev.s3403.bot.playground;

/** A request the playground refuses: the HTTP status and one line for the page, as {@code {"error": …}}. */
final class PlaygroundError extends RuntimeException {
  private final int status;

  PlaygroundError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
