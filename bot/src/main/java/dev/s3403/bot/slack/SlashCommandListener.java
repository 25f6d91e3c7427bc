package dev.s3403.bot.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /s3-403 <paste>}: ack at once, then diagnose and post; {@code /s3-403} alone opens the paste modal. */
final class SlashCommandListener implements SlashCommandHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SlashCommandListener.class);
  private final Listeners l;
  private final Diagnoses diagnoses;

  SlashCommandListener(Listeners l, Diagnoses diagnoses) {
    this.l = l;
    this.diagnoses = diagnoses;
  }

  @Override
  public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    l.metrics().inc("s3403_acks_total", "kind", "command");
    String text = SlackText.unescape(p.getText()).strip();
    if (text.isEmpty()) {
      try {
        var opened = ctx.client().viewsOpen(r -> r.triggerId(p.getTriggerId()).viewAsString(Modal.json(p.getChannelId())));
        if (!opened.isOk()) l.metrics().inc("s3403_errors_total", "where", "views.open", "error", String.valueOf(opened.getError()));
      } catch (Exception e) {
        l.metrics().inc("s3403_errors_total", "where", "views.open", "error", e.getClass().getSimpleName());
      }
      return ctx.ack();
    }
    String limited = l.limited(p.getUserId());
    if (limited != null) return ctx.ack(limited);
    boolean queued = l.work().offer(() -> run(ctx, p, text));
    if (!queued) {
      l.metrics().inc("s3403_rejected_total", "reason", "busy");
      return ctx.ack(Listeners.BUSY);
    }
    return ctx.ack(r -> r.responseType("ephemeral").text("Looking into it…"));
  }

  private void run(SlashCommandContext ctx, SlashCommandPayload p, String text) {
    try {
      Diagnoses.Posted posted = diagnoses.start(ctx.client(), p.getChannelId(), null, p.getUserId(), text, List.of(), false);
      if (posted instanceof Diagnoses.Posted.NotInChannel missing) {
        ctx.respond(r -> r.responseType("ephemeral").text("I can't post in this channel because I'm not in it: invite me "
            + "with `/invite @s3-403`, or use me in a direct message. Here is the short answer:\n\n"
            + dev.s3403.bot.slack.render.BlockKit.escape(missing.turn().phrasing().text())));
      } else if (posted instanceof Diagnoses.Posted.Failed failed) {
        ctx.respond(r -> r.responseType("ephemeral").text("Slack refused my answer (" + failed.error() + "); please try again."));
      }
    } catch (Exception e) {
      l.metrics().inc("s3403_errors_total", "where", "command", "error", e.getClass().getSimpleName());
      LOG.error("a slash command failed: {}", e.toString());
    }
  }
}
