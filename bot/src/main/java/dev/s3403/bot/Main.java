package dev.s3403.bot;

import dev.s3403.bot.cli.Cli;

/** The {@code s3-403} command: every entry point starts here. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = new Cli(System.in, System.out, System.err, Cli.stdoutIsTerminal()).run(args);
    System.out.flush();
    System.exit(status);
  }
}
