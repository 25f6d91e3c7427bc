package dev.s3403.bot;

import dev.s3403.bot.cli.Cli;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The {@code s3-403} command: every entry point starts here. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the locale: under LC_ALL=C, System.out would print "r?sum?.pdf" for "résumé.pdf".
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = new Cli(System.in, out, err, Cli.stdoutIsTerminal()).run(args);
    out.flush();
    System.exit(status);
  }
}
