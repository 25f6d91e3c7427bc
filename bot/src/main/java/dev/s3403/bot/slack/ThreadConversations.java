package dev.s3403.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import dev.s3403.bot.conversation.Conversation;
import dev.s3403.bot.conversation.ConversationEngine;
import dev.s3403.bot.conversation.ConversationState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversations by thread. The thread is the store: each bot message carries the state in its metadata, and the
 * user's messages are in the thread. A bounded cache sits in front; after a restart, or on another replica, a
 * conversation is rebuilt from {@code conversations.replies}.
 */
final class ThreadConversations {
  /** A thread's history is read once per rebuild; longer threads keep their first messages. */
  private static final int REPLIES_LIMIT = 200;

  private final ConversationEngine engine;
  private final Map<String, Conversation> cache;

  ThreadConversations(ConversationEngine engine, int capacity) {
    this.engine = engine;
    this.cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
        return size() > capacity;
      }
    });
  }

  void put(String channel, String threadTs, Conversation c) {
    cache.put(channel + "/" + threadTs, c);
  }

  /**
   * The conversation of a thread, from the cache or rebuilt from the thread; null when the thread holds no
   * conversation of ours.
   *
   * @param exceptTs the message being handled now, left out of the rebuild (it is applied next)
   */
  Conversation get(MethodsClient client, String channel, String threadTs, String exceptTs) throws IOException, SlackApiException {
    Conversation cached = cache.get(channel + "/" + threadTs);
    if (cached != null) return cached;
    ConversationsRepliesResponse replies = client.conversationsReplies(r -> r.channel(channel).ts(threadTs)
        .includeAllMetadata(true).limit(REPLIES_LIMIT));
    if (!replies.isOk() || replies.getMessages() == null) return null;
    ConversationState.Restored state = null;
    List<String> userMessages = new ArrayList<>();
    for (Message m : replies.getMessages()) {
      if (m.getBotId() != null || m.getAppId() != null) {
        // The last bot message knows every answer given so far.
        if (m.getMetadata() != null && ConversationState.EVENT_TYPE.equals(m.getMetadata().getEventType())) {
          state = ConversationState.restore(m.getMetadata().getEventPayload());
        } else if (m.getMetadata() != null && Replies.INPUT_EVENT.equals(m.getMetadata().getEventType())
            && m.getMetadata().getEventPayload() != null && m.getMetadata().getEventPayload().get("text") instanceof String given) {
          userMessages.add(given);
        }
      } else if (m.getSubtype() == null && m.getText() != null && !m.getTs().equals(exceptTs) && !m.getTs().equals(threadTs)) {
        userMessages.add(SlackText.unescape(m.getText()));
      }
    }
    if (state == null) return null;
    Conversation rebuilt = engine.replay(state.errorText(), state.answers(), userMessages);
    put(channel, threadTs, rebuilt);
    return rebuilt;
  }
}
