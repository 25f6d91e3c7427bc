package dev.s3403.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.s3403.bot.conversation.Conversation;
import dev.s3403.bot.conversation.Turn;
import dev.s3403.bot.slack.render.BlockKit;
import dev.s3403.bot.slack.render.SlackMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A new diagnosis posted: the parent message where it was asked, the details in its thread. */
final class Diagnoses {
  private static final Logger LOG = LoggerFactory.getLogger(Diagnoses.class);
  private final Listeners l;

  Diagnoses(Listeners l) {
    this.l = l;
  }

  /** Support triage's one line: the family of the cause, how sure, and whose side the fix is on. */
  static String category(Conversation c) {
    var top = c.diagnosis().top();
    if (top == null) {
      return c.diagnosis().parsed().isAccessDenied() ? "*Category:* not settled yet: the questions in this thread would settle it"
          : "*Category:* not an S3 access denial";
    }
    return "*Category:* " + top.info().family().title() + " · *" + top.status().wireName() + "* · *fix by:* "
        + top.info().owner().title();
  }

  /** What became of a post: where it went, or that the bot is not in the channel. */
  sealed interface Posted {
    record InChannel(String ts) implements Posted {}

    record NotInChannel(Turn turn) implements Posted {}

    record Failed(String error) implements Posted {}
  }

  /**
   * Diagnoses the text and posts it.
   *
   * @param threadTs null to post a parent message in the channel; a message's ts to answer in its thread (support
   *     triage), where the parent message is then a reply
   */
  Posted start(MethodsClient client, String channel, String threadTs, String user, String text, List<String> pastes,
      boolean triage) throws IOException, SlackApiException {
    Turn turn = l.engine().start(text);
    for (String paste : pastes) {
      if (!paste.isBlank()) turn = l.engine().reply(turn.conversation(), paste);
    }
    Conversation c = turn.conversation();
    String top = c.diagnosis().top() == null ? "none" : c.diagnosis().top().info().id();
    l.metrics().inc("s3403_diagnoses_total", "top_cause", top);
    List<SlackMessage> first = new ArrayList<>();
    first.add(BlockKit.parent(c.diagnosis(), turn.phrasing()));
    if (triage) {
      first.add(BlockKit.notice(category(c)));
      first.add(BlockKit.customerReplyDraft(l.engine().customerReply(c)));
    }
    ChatPostMessageResponse parent = l.replies().post(client, channel, threadTs, first.getFirst(), c);
    if (!parent.isOk()) {
      String error = parent.getError();
      if ("not_in_channel".equals(error) || "channel_not_found".equals(error)) return new Posted.NotInChannel(turn);
      l.metrics().inc("s3403_errors_total", "where", "chat.postMessage", "error", String.valueOf(error));
      LOG.warn("posting a diagnosis failed: {}", error);
      return new Posted.Failed(error);
    }
    String thread = threadTs != null ? threadTs : parent.getTs();
    l.threads().put(channel, thread, c);
    for (String paste : pastes) {
      if (!paste.isBlank()) l.replies().postInput(client, channel, thread, paste);
    }
    List<SlackMessage> rest = new ArrayList<>(first.subList(1, first.size()));
    rest.addAll(BlockKit.details(c.diagnosis(), turn.phrasing()));
    String account = l.live().allowedAccount(channel, c.diagnosis());
    if (account != null) rest.add(BlockKit.liveCheckOffer(account));
    l.replies().postAll(client, channel, thread, rest, c);
    l.recent().add(user, new Recent.Entry(Instant.now(), channel, thread, top, turn.phrasing().text()));
    return new Posted.InChannel(parent.getTs());
  }
}
