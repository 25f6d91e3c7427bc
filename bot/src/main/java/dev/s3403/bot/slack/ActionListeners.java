package dev.s3403.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.s3403.bot.conversation.Conversation;
import dev.s3403.bot.conversation.Turn;
import dev.s3403.diagnostics.diagnosis.SimulatorAgreement;
import dev.s3403.diagnostics.evidence.aws.Collection;
import dev.s3403.diagnostics.evidence.aws.Live;
import dev.s3403.bot.slack.render.ActionIds;
import dev.s3403.bot.slack.render.AnswerValue;
import dev.s3403.bot.slack.render.BlockKit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The buttons: answer a question, draft a customer reply, mark the diagnosis right or wrong. */
final class ActionListeners {
  private static final Logger LOG = LoggerFactory.getLogger(ActionListeners.class);
  private final Listeners l;
  private final ThreadTurns turns;

  ActionListeners(Listeners l) {
    this.l = l;
    this.turns = new ThreadTurns(l);
  }

  Response answer(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    var parsed = AnswerValue.parse(p.getActions().getFirst().getValue());
    if (parsed.isEmpty()) return ctx.ack();
    AnswerValue value = parsed.get();
    return inThread(req, ctx, "answer", (c, channel, thread) ->
        turns.post(ctx.client(), channel, thread, l.engine().answer(c, value.questionId(), value.option())));
  }

  Response customerReply(BlockActionRequest req, ActionContext ctx) {
    return inThread(req, ctx, "customer-reply", (c, channel, thread) ->
        l.replies().postAll(ctx.client(), channel, thread, List.of(BlockKit.customerReplyDraft(l.engine().customerReply(c))), c));
  }

  Response feedback(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    var action = p.getActions().getFirst();
    String verdict = action.getActionId().equals(ActionIds.FEEDBACK_RIGHT) ? "right" : "wrong";
    String cause = action.getValue() == null ? "none" : action.getValue();
    l.metrics().inc("s3403_feedback_total", "verdict", verdict, "top_cause", cause);
    LOG.info("feedback: {} marked the diagnosis {} (top cause {}) in {}", p.getUser().getId(), verdict, cause,
        p.getChannel() == null ? "?" : p.getChannel().getId());
    l.work().notice(() -> ctx.client().chatPostEphemeral(r -> r.channel(p.getChannel().getId()).user(p.getUser().getId())
        .threadTs(threadOf(p)).text("Thanks, recorded: the diagnosis was " + verdict + ".")));
    return ctx.ack();
  }

  /**
   * "Run live checks": allowed again here, never on the button's word (a forged or stale click from an unmapped
   * channel reads nothing); then collected, audited, merged as evidence and explained.
   */
  Response liveCheck(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String user = p.getUser().getId();
    return inThread(req, ctx, "live-check", (c, channel, thread) -> {
      String account = l.live().allowedAccount(channel, c.diagnosis());
      String asked = p.getActions().getFirst().getValue();
      if (account == null || !account.equals(asked)) {
        l.metrics().inc("s3403_rejected_total", "reason", "live_not_mapped");
        ctx.client().chatPostEphemeral(r -> r.channel(channel).user(user).threadTs(thread)
            .text("Live checks are not enabled for this channel and account; an administrator maps channels to accounts in S3403_CONFIG."));
        return;
      }
      l.replies().postAll(ctx.client(), channel, thread, List.of(BlockKit.notice("Running read-only checks in account `"
          + account + "`…")), null);
      Collection.Result result;
      try {
        result = l.live().run(user, channel, account, c.diagnosis());
      } catch (Live.CannotCollect e) {
        l.replies().postAll(ctx.client(), channel, thread, List.of(BlockKit.notice("Live checks could not start: " + e.getMessage())), c);
        return;
      }
      Turn t = l.engine().evidence(c, result.bundle(), "live checks in account " + account);
      turns.post(ctx.client(), channel, thread, t);
      String verdict = SimulatorAgreement.verdict(result.json(), t.conversation().diagnosis().outcomes());
      if (verdict != null) {
        l.replies().postAll(ctx.client(), channel, thread, List.of(BlockKit.notice("AWS's policy simulator: " + verdict)), t.conversation());
      }
      var missing = result.json().path("unavailable");
      if (!missing.isEmpty()) {
        StringBuilder m = new StringBuilder("Could not check " + missing.size() + " item(s):");
        for (int i = 0; i < Math.min(8, missing.size()); i++) {
          m.append("\n• `").append(missing.get(i).path("what").asText()).append("`: ").append(missing.get(i).path("reason").asText());
        }
        l.replies().postAll(ctx.client(), channel, thread, List.of(BlockKit.notice(m.toString())), t.conversation());
      }
    });
  }

  private Response inThread(BlockActionRequest req, ActionContext ctx, String where, ThreadJob job) {
    BlockActionPayload p = req.getPayload();
    l.metrics().inc("s3403_acks_total", "kind", "action");
    if (p.getChannel() == null || p.getMessage() == null) return ctx.ack();
    String channel = p.getChannel().getId();
    String thread = threadOf(p);
    String limited = l.limited(p.getUser().getId());
    boolean queued = limited == null && l.work().offer(() -> {
      try {
        Conversation c = l.threads().get(ctx.client(), channel, thread, null);
        if (c != null) job.run(c, channel, thread);
      } catch (Exception e) {
        l.metrics().inc("s3403_errors_total", "where", where, "error", e.getClass().getSimpleName());
        LOG.error("a {} button failed: {}", where, e.toString());
      }
    });
    if (!queued) {
      l.work().notice(() -> ctx.client().chatPostEphemeral(r -> r.channel(channel).user(p.getUser().getId()).threadTs(thread)
          .text(limited != null ? limited : Listeners.BUSY)));
    }
    return ctx.ack();
  }

  private static String threadOf(BlockActionPayload p) {
    return p.getMessage().getThreadTs() != null ? p.getMessage().getThreadTs() : p.getMessage().getTs();
  }

  interface ThreadJob {
    void run(Conversation c, String channel, String thread) throws Exception;
  }
}
