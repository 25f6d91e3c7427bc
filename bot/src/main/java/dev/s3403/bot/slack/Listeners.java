package dev.s3403.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageEvent;
import dev.s3403.bot.conversation.ConversationEngine;
import dev.s3403.bot.server.Metrics;
import dev.s3403.bot.server.ServeConfig;
import dev.s3403.bot.slack.render.ActionIds;
import java.util.regex.Pattern;

/** What every listener shares, and where each Slack request goes. */
record Listeners(ConversationEngine engine, ThreadConversations threads, Replies replies, Work work, RateLimits limits,
    Metrics metrics, ServeConfig config, Recent recent, LiveChecks live) {

  static final String COMMAND = "/s3-403";
  static final String SHORTCUT = "s3403_diagnose_message";
  static final String MODAL = "s3403_modal";
  /** The rendered answer buttons' ids: {@link ActionIds#ANSWER_PREFIX} and a number. */
  static final Pattern ANSWER = Pattern.compile(Pattern.quote(ActionIds.ANSWER_PREFIX) + "\\d+");

  static final String BUSY = "s3-403 is answering a lot of questions right now and yours would wait too long. "
      + "Please try again in a minute.";

  void register(App app) {
    Diagnoses diagnoses = new Diagnoses(this);
    app.command(COMMAND, new SlashCommandListener(this, diagnoses));
    app.viewSubmission(MODAL, new ModalListener(this, diagnoses));
    app.event(MessageEvent.class, new MessageListener(this, diagnoses));
    app.messageShortcut(SHORTCUT, new ShortcutListener(this, diagnoses));
    ActionListeners actions = new ActionListeners(this);
    app.blockAction(ANSWER, actions::answer);
    app.blockAction(ActionIds.CUSTOMER_REPLY, actions::customerReply);
    app.blockAction(ActionIds.FEEDBACK_RIGHT, actions::feedback);
    app.blockAction(ActionIds.FEEDBACK_WRONG, actions::feedback);
    app.blockAction(ActionIds.LIVE_CHECK, actions::liveCheck);
    app.event(AppHomeOpenedEvent.class, new HomeListener(this));
  }

  /** A rate-limit message, or null when the user may go ahead. */
  String limited(String user) {
    long wait = limits.waitSeconds(user);
    if (wait == 0) return null;
    metrics.inc("s3403_rejected_total", "reason", "rate");
    return "You have asked s3-403 a lot in the last minute; please give it " + wait + " s and try again.";
  }
}
