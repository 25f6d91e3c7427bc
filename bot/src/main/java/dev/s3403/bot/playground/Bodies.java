package dev.s3403.bot.playground;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Request bodies read with a size limit, as UTF-8 text without binary data, and as JSON objects. */
final class Bodies {
  /** The largest body taken: a pasted error with its CLI outputs fits many times over. */
  static final int MAX_BYTES = 1 << 20;
  static final String TOO_LARGE = "the paste is larger than 1 MiB; paste the error and the relevant outputs only";

  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Bodies() {}

  /** The body as text: 413 over {@link #MAX_BYTES} (by its Content-Length or as read), 400 for binary data. */
  static String text(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > MAX_BYTES) throw new PlaygroundError(413, TOO_LARGE);
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      // The declared length can be absent (chunked) or wrong: read one byte past the limit to know.
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new PlaygroundError(400, "the request body could not be read");
    }
    if (bytes.length > MAX_BYTES) throw new PlaygroundError(413, TOO_LARGE);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new PlaygroundError(400, "the body is binary data, not UTF-8 text; paste text only");
    }
    if (binary(text)) throw new PlaygroundError(400, "the body holds control characters, like binary data; paste text only");
    return text;
  }

  /** The body as a JSON object. */
  static JsonNode object(Context ctx) {
    JsonNode node = json(text(ctx));
    if (!node.isObject()) throw new PlaygroundError(400, "the body must be a JSON object, not " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    return node;
  }

  /** A member that must be a non-blank string, without binary data. */
  static String string(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) throw new PlaygroundError(400, "the body has no `%s`; send {\"%s\": \"…\"}".formatted(name, name));
    if (!v.isTextual()) throw new PlaygroundError(400, "`%s` must be a string".formatted(name));
    if (v.asText().isBlank()) throw new PlaygroundError(400, "`%s` is empty; paste some text".formatted(name));
    if (binary(v.asText())) throw new PlaygroundError(400, "`%s` holds control characters, like binary data; paste text only".formatted(name));
    return v.asText();
  }

  private static JsonNode json(String text) {
    if (text.isBlank()) throw new PlaygroundError(400, "the body is empty; send a JSON object");
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      String why = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines().findFirst().orElse("unreadable");
      throw new PlaygroundError(400, "the body is not JSON: " + clip(why));
    }
  }

  /** Control characters other than tab, newline, carriage return and form feed: what a pasted file of bytes has. */
  private static boolean binary(String s) {
    return s.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f' || ch == 0x7f);
  }

  private static String clip(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}
