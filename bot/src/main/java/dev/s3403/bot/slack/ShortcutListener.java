package dev.s3403.bot.slack;

import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Diagnose S3 403" on any message: the diagnosis and a customer reply draft, in that message's thread. */
final class ShortcutListener implements MessageShortcutHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ShortcutListener.class);
  private final Listeners l;
  private final Diagnoses diagnoses;

  ShortcutListener(Listeners l, Diagnoses diagnoses) {
    this.l = l;
    this.diagnoses = diagnoses;
  }

  @Override
  public Response apply(MessageShortcutRequest req, MessageShortcutContext ctx) {
    var p = req.getPayload();
    l.metrics().inc("s3403_acks_total", "kind", "shortcut");
    String text = SlackText.unescape(p.getMessage().getText());
    String channel = p.getChannel().getId();
    String thread = p.getMessage().getThreadTs() != null ? p.getMessage().getThreadTs() : p.getMessage().getTs();
    String user = p.getUser().getId();
    String limited = l.limited(user);
    boolean queued = limited == null && l.work().offer(() -> {
      try {
        var posted = diagnoses.start(ctx.client(), channel, thread, user, text, List.of(), true);
        if (posted instanceof Diagnoses.Posted.NotInChannel) {
          ctx.respond(r -> r.responseType("ephemeral").text("I'm not in this channel, so I can't answer in the thread. "
              + "Invite me with `/invite @s3-403` and try the shortcut again."));
        }
      } catch (Exception e) {
        l.metrics().inc("s3403_errors_total", "where", "shortcut", "error", e.getClass().getSimpleName());
        LOG.error("a shortcut failed: {}", e.toString());
      }
    });
    if (!queued) {
      l.work().notice(() -> ctx.respond(r -> r.responseType("ephemeral").text(limited != null ? limited : Listeners.BUSY)));
    }
    return ctx.ack();
  }
}
