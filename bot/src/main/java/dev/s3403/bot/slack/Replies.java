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
    return send(client, channel, threadTs, m,
        c == null ? null : new Message.Metadata(ConversationState.EVENT_TYPE, ConversationState.payload(c)));
  }

  private static ChatPostMessageResponse send(MethodsClient client, String channel, String threadTs, SlackMessage m,
      Message.Metadata metadata) throws IOException, SlackApiException {
    return client.chatPostMessage(r -> {
      r.channel(channel).text(m.text()).blocksAsString(m.blocks().toString()).unfurlLinks(false).unfurlMedia(false);
      if (threadTs != null) r.threadTs(threadTs);
      if (metadata != null) r.metadata(metadata);
      return r;
    });
  }

  /** The metadata type of a bot message that carries something the user gave outside the thread (the form's pastes). */
  static final String INPUT_EVENT = "s3_403_input";
  /** Large enough for a policy document; a longer paste keeps its head, as the paste readers would anyway. */
  static final int MAX_INPUT = 12_000;

  /**
   * Keeps in the thread what the user gave in the form, so that a rebuild after a restart replays it: shown
   * briefly, carried whole (up to {@link #MAX_INPUT}) in the message's metadata.
   */
  void postInput(MethodsClient client, String channel, String threadTs, String input) throws IOException, SlackApiException {
    String kept = input.length() <= MAX_INPUT ? input : input.substring(0, MAX_INPUT);
    String preview = kept.length() <= 600 ? kept : kept.substring(0, 600) + "\n…";
    SlackMessage m = dev.s3403.bot.slack.render.BlockKit.notice("Evidence given with the form:\n```" + preview + "```");
    var r = send(client, channel, threadTs, m, new Message.Metadata(INPUT_EVENT, java.util.Map.of("text", kept)));
    if (!r.isOk()) metrics.inc("s3403_errors_total", "where", "chat.postMessage", "error", String.valueOf(r.getError()));
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
