package dev.s3403.bot.slack;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import dev.s3403.bot.conversation.Conversation;
import dev.s3403.diagnostics.parse.ErrorParser;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages: a reply in a diagnosis thread updates that conversation; in a channel with auto-detection on, a
 * pasted 403 is answered in its thread. Everything else is acked and left alone.
 */
final class MessageListener implements BoltEventHandler<MessageEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(MessageListener.class);
  private final Listeners l;
  private final Diagnoses diagnoses;
  private final ThreadTurns turns;

  MessageListener(Listeners l, Diagnoses diagnoses) {
    this.l = l;
    this.diagnoses = diagnoses;
    this.turns = new ThreadTurns(l);
  }

  @Override
  public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent m = payload.getEvent();
    if (m.getBotId() != null || m.getSubtype() != null || m.getText() == null || m.getUser() == null) return ctx.ack();
    l.metrics().inc("s3403_acks_total", "kind", "message");
    String text = SlackText.unescape(m.getText());
    if (m.getThreadTs() != null && !m.getThreadTs().equals(m.getTs())) {
      offer(ctx, m, () -> reply(ctx, m, text));
    } else if (l.config().channels().channel(m.getChannel()).autoDetect() && new ErrorParser().parse(text).isAccessDenied()) {
      offer(ctx, m, () -> diagnoses.start(ctx.client(), m.getChannel(), m.getTs(), m.getUser(), text, List.of(), true));
    }
    return ctx.ack();
  }

  private void reply(EventContext ctx, MessageEvent m, String text) throws Exception {
    Conversation c = l.threads().get(ctx.client(), m.getChannel(), m.getThreadTs(), m.getTs());
    if (c == null) return;   // a thread that is not a diagnosis of ours
    turns.post(ctx.client(), m.getChannel(), m.getThreadTs(), l.engine().reply(c, text));
  }

  private void offer(EventContext ctx, MessageEvent m, Job job) {
    String limited = l.limited(m.getUser());
    boolean queued = limited == null && l.work().offer(() -> {
      try {
        job.run();
      } catch (Exception e) {
        l.metrics().inc("s3403_errors_total", "where", "message", "error", e.getClass().getSimpleName());
        LOG.error("a message failed: {}", e.toString());
      }
    });
    if (!queued) {
      if (limited == null) l.metrics().inc("s3403_rejected_total", "reason", "busy");
      String thread = m.getThreadTs() != null ? m.getThreadTs() : m.getTs();
      l.work().notice(() -> ctx.client().chatPostEphemeral(r -> r.channel(m.getChannel()).user(m.getUser()).threadTs(thread)
          .text(limited != null ? limited : Listeners.BUSY)));
    }
  }

  /** Work that may fail with Slack's or the network's exceptions. */
  interface Job {
    void run() throws Exception;
  }
}
