package dev.s3403.bot.playground;

import dev.s3403.bot.conversation.Conversation;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The playground's conversations by random id, in memory; the least recently used goes when the map is full. */
final class Conversations {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Conversation> byId;

  Conversations(int capacity) {
    this.byId = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Keeps a new conversation and returns its id. */
  synchronized String add(Conversation c) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    byId.put(id, c);
    return id;
  }

  /** The conversation, or a 404 when the id is unknown or was evicted. */
  synchronized Conversation get(String id) {
    Conversation c = byId.get(id);
    if (c == null) throw new PlaygroundError(404, "no conversation `%s`; it may have expired, start a new one".formatted(clip(id)));
    return c;
  }

  synchronized void put(String id, Conversation c) {
    byId.put(id, c);
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
