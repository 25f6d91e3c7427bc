package dev.s3403.bot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.s3403.bot.slack.render.BlockKit;
import dev.s3403.prompts.llm.LlmSettings;

/** App Home: what the bot does, how it is configured here, and this user's recent diagnoses. */
final class HomeListener implements BoltEventHandler<AppHomeOpenedEvent> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Listeners l;

  HomeListener(Listeners l) {
    this.l = l;
  }

  @Override
  public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    String user = payload.getEvent().getUser();
    if (!"home".equals(payload.getEvent().getTab())) return ctx.ack();
    String view = view(user);
    l.work().notice(() -> ctx.client().viewsPublish(r -> r.userId(user).viewAsString(view)));
    return ctx.ack();
  }

  String view(String user) {
    ObjectNode v = JSON.createObjectNode().put("type", "home");
    ArrayNode blocks = v.putArray("blocks");
    blocks.addObject().put("type", "header").putObject("text").put("type", "plain_text").put("text", "s3-403");
    section(blocks, "Tells you why Amazon S3 answered *Access Denied*, who can fix it, and how.\n"
        + "• `/s3-403 <paste the error>` in any channel I'm in, or `/s3-403` alone for a form.\n"
        + "• Reply in the diagnosis thread with CLI outputs (`get-bucket-policy`, `head-object`, …), policies, answers or "
        + "questions: the diagnosis sharpens.\n"
        + "• *Diagnose S3 403* in any message's menu answers a customer's report in its thread, with a reply draft.");
    String model = switch (l.config().llm()) {
      case LlmSettings.Reading.On on -> "on (" + on.settings().provider().wireName() + ", behind a guard)";
      case LlmSettings.Reading.Off off -> "off (plain explanations)";
      case LlmSettings.Reading.Invalid invalid -> "misconfigured";
    };
    long auto = l.config().channels().channels().values().stream().filter(c -> c.autoDetect()).count();
    long live = l.config().channels().channels().values().stream().filter(c -> !c.accounts().isEmpty()).count();
    section(blocks, "*Configuration here*\n• Language model: " + model + "\n• Live AWS checks: "
        + (live == 0 ? "off (no channel is mapped to an account)" : "on in " + live + " channel(s), read-only")
        + "\n• Channels answering pasted 403s automatically: " + auto);
    var recent = l.recent().of(user);
    StringBuilder r = new StringBuilder("*Your recent diagnoses*");
    if (recent.isEmpty()) r.append("\nNone yet.");
    recent.stream().limit(10).forEach(e -> r.append("\n• ").append(e.at().toString(), 0, 16).append(" UTC: `")
        .append(BlockKit.escape(e.topCause())).append("`"));
    section(blocks, r.toString());
    return v.toString();
  }

  private static void section(ArrayNode blocks, String mrkdwn) {
    blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
  }
}
