package dev.s3403.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import dev.s3403.bot.conversation.Conversation;
import dev.s3403.bot.conversation.ConversationState;
import dev.s3403.bot.server.Metrics;
import dev.s3403.bot.slack.render.SlackMessage;
import java.io.IOException;
import java.util.List;

/** Posting a conversation's messages: each carries the conversation's state as message metadata. */
final class Replies {
  private final Metrics metrics;

  Replies(Metrics metrics) {
    this.metrics = metrics;
  }

  /** Posts one message; returns Slack's answer, whose {@code ok} and {@code error} the caller reads. */
  ChatPostMessageResponse post(MethodsClient client, String channel, String threadTs, SlackMessage m, Conversation c)
      throws IOException, SlackApiException {
    return client.chatPostMessage(r -> {
      r.channel(channel).text(m.text()).blocksAsString(m.blocks().toString()).unfurlLinks(false).unfurlMedia(false);
      if (threadTs != null) r.threadTs(threadTs);
      if (c != null) r.metadata(new Message.Metadata(ConversationState.EVENT_TYPE, ConversationState.payload(c)));
      return r;
    });
  }

  /** Posts messages in a thread, in order; stops at the first failure and counts it. */
  void postAll(MethodsClient client, String channel, String threadTs, List<SlackMessage> messages, Conversation c)
      throws IOException, SlackApiException {
    for (SlackMessage m : messages) {
      ChatPostMessageResponse r = post(client, channel, threadTs, m, c);
      if (!r.isOk()) {
        metrics.inc("s3403_errors_total", "where", "chat.postMessage", "error", r.getError());
        return;
      }
    }
  }
}
