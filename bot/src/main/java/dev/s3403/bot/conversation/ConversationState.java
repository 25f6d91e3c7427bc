package dev.s3403.bot.conversation;

import dev.s3403.diagnostics.diagnosis.Cause;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state a bot message carries in its Slack message metadata, and back: enough to rebuild the conversation with
 * {@link ConversationEngine#replay} from the thread's later messages, small enough for every message to carry.
 */
public final class ConversationState {
  /** The metadata's {@code event_type}. */
  public static final String EVENT_TYPE = "s3_403_conversation";
  /** The payload's format; a payload of another version is read as far as its members go. */
  static final int VERSION = 1;
  /** Longer errors are clipped: a pasted log can run for pages, and metadata is carried by every bot message. */
  static final int MAX_ERROR_TEXT = 3_000;

  private ConversationState() {}

  /**
   * What a restored payload gives back, for {@link ConversationEngine#replay}.
   *
   * @param errorText the error being diagnosed, possibly clipped; null when the payload holds none
   * @param answers only answers to known questions with known options
   * @param inputCount how many messages the user had given; 0 when unknown
   */
  public record Restored(String errorText, Map<String, String> answers, int inputCount) {
    public Restored {
      answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
  }

  /**
   * {@code version}, {@code errorText} (clipped), {@code answers}, {@code inputCount}, {@code decision} and, when there
   * is one, {@code topCause}; no null values, and nothing nested deeper than the answers' strings.
   */
  public static Map<String, Object> payload(Conversation c) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("version", VERSION);
    p.put("errorText", clip(c.errorText()));
    p.put("answers", Collections.unmodifiableMap(new LinkedHashMap<>(c.answers())));
    p.put("inputCount", c.inputs().size());
    Cause top = c.diagnosis().top();
    if (top != null) p.put("topCause", top.info().id());
    p.put("decision", c.diagnosis().decision().wireName());
    return Collections.unmodifiableMap(p);
  }

  /** The payload read back; a missing or malformed member reads as unknown, and nothing here throws. */
  public static Restored restore(Map<String, Object> payload) {
    if (payload == null) return new Restored(null, Map.of(), 0);
    Object text = payload.get("errorText");
    Object answers = payload.get("answers");
    Object count = payload.get("inputCount");
    return new Restored(text instanceof String s ? clip(s) : null,
        answers instanceof Map<?, ?> m ? Answers.usable(m) : Map.of(),
        count instanceof Number n ? Math.clamp(n.longValue(), 0, Integer.MAX_VALUE) : 0);
  }

  /** At most {@link #MAX_ERROR_TEXT} characters, never splitting a surrogate pair. */
  private static String clip(String s) {
    if (s.length() <= MAX_ERROR_TEXT) return s;
    int end = Character.isHighSurrogate(s.charAt(MAX_ERROR_TEXT - 1)) ? MAX_ERROR_TEXT - 1 : MAX_ERROR_TEXT;
    return s.substring(0, end);
  }
}
