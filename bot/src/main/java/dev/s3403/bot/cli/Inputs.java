package dev.s3403.bot.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads what a command is given, bounded, as UTF-8 (bytes that are not UTF-8 become U+FFFD, never a crash). */
final class Inputs {
  /** Far beyond any paste; past it the input is refused rather than held in memory. */
  static final long MAX_BYTES = 64L << 20;

  private Inputs() {}

  static String read(InputStream in, String what) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > MAX_BYTES) throw new UsageException(what + " is larger than 64 MiB; paste the error and its surroundings only");
        bytes.write(buffer, 0, n);
      }
      return decode(bytes.toByteArray());
    } catch (IOException e) {
      throw new UsageException("cannot read " + what + ": " + e.getMessage());
    }
  }

  static String readFile(String name) {
    if (name.equals("-")) return null;
    Path path = Path.of(name);
    try {
      if (Files.isDirectory(path)) throw new UsageException("`" + name + "` is a directory, not a file");
      if (Files.size(path) > MAX_BYTES) throw new UsageException("`" + name + "` is larger than 64 MiB");
      return decode(Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read `" + name + "`: no such file");
    } catch (IOException e) {
      throw new UsageException("cannot read `" + name + "`: " + e.getMessage());
    }
  }

  private static String decode(byte[] bytes) {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    if (bom) bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);   // Notepad and PowerShell 5 write one
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.UTF_8);   // REPLACE never throws; kept for the checked signature
    }
  }
}
