package dev.s3403.bot.slack;

import com.slack.api.methods.MethodsClient;
import dev.s3403.bot.conversation.Input;
import dev.s3403.bot.conversation.Turn;
import dev.s3403.bot.slack.render.BlockKit;
import dev.s3403.bot.slack.render.SlackMessage;
import java.util.ArrayList;
import java.util.List;

/** A follow-up's answer in the thread: what changed, the answer to a question, or why the message was not used. */
final class ThreadTurns {
  private final Listeners l;

  ThreadTurns(Listeners l) {
    this.l = l;
  }

  void post(MethodsClient client, String channel, String threadTs, Turn t) throws Exception {
    l.threads().put(channel, threadTs, t.conversation());
    List<SlackMessage> out = new ArrayList<>();
    switch (t.input()) {
      case Input.Evidence e -> out.addAll(updated(t));
      case Input.Answer a -> out.addAll(updated(t));
      case Input.NewError n -> {
        out.add(BlockKit.parent(t.conversation().diagnosis(), t.phrasing()));
        out.addAll(BlockKit.details(t.conversation().diagnosis(), t.phrasing()));
      }
      case Input.Question q -> out.add(BlockKit.answer(t.phrasing()));
      case Input.Ignored i -> out.add(BlockKit.notice(i.why()));
    }
    if (!(t.input() instanceof Input.Question) && !(t.input() instanceof Input.Ignored)) {
      String top = t.conversation().diagnosis().top() == null ? "none" : t.conversation().diagnosis().top().info().id();
      l.metrics().inc("s3403_diagnoses_total", "top_cause", top);
    }
    l.replies().postAll(client, channel, threadTs, out, t.conversation());
  }

  private static List<SlackMessage> updated(Turn t) {
    List<SlackMessage> out = new ArrayList<>();
    out.add(BlockKit.update(t.changes().nowConfirmed(), t.changes().ruledOut(), t.conversation().diagnosis(), t.phrasing()));
    // New questions may have opened; the details carry their buttons.
    if (!t.conversation().diagnosis().questions().isEmpty()) {
      out.addAll(BlockKit.details(t.conversation().diagnosis(), t.phrasing()));
    }
    return out;
  }
}
