package dev.s3403.bot.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.bot.conversation.Conversation;
import dev.s3403.bot.conversation.ConversationEngine;
import dev.s3403.bot.conversation.Turn;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.evidence.EvidenceWriter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The playground's JSON API under {@code /api/playground}: start a conversation with a pasted error, then reply,
 * answer, upload a bundle, draft a customer reply or export the evidence. Every refusal is {@code {"error": …}} with
 * a 4xx status; the engine is the one the Slack bot uses.
 */
public final class PlaygroundApi {
  /** How many conversations are kept; the least recently used goes first. */
  static final int CAPACITY = 500;
  private static final String BASE = "/api/playground/conversations";
  private static final Logger LOG = LoggerFactory.getLogger(PlaygroundApi.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConversationEngine engine;
  private final Conversations conversations = new Conversations(CAPACITY);

  public PlaygroundApi(ConversationEngine engine) {
    this.engine = engine;
  }

  /** Adds the routes. */
  public void register(RoutesConfig routes) {
    routes.post(BASE, guarded(this::start));
    routes.post(BASE + "/{id}/messages", guarded(ctx -> step(ctx, (c, body) -> engine.reply(c, Bodies.string(body, "text")))));
    routes.post(BASE + "/{id}/answers", guarded(ctx -> step(ctx,
        (c, body) -> engine.answer(c, Bodies.string(body, "question"), Bodies.string(body, "answer")))));
    routes.post(BASE + "/{id}/bundle", guarded(this::upload));
    routes.get(BASE + "/{id}/bundle", guarded(this::export));
    routes.post(BASE + "/{id}/customer-reply", guarded(ctx -> {
      Conversation c = conversations.get(ctx.pathParam("id"));
      send(ctx, 200, JSON.createObjectNode().put("text", engine.customerReply(c).text()));
    }));
  }

  private void start(Context ctx) {
    String text = Bodies.string(Bodies.object(ctx), "text");
    Turn turn = engine.start(text);
    String id = conversations.add(turn.conversation());
    ObjectNode out = JSON.createObjectNode().put("id", id);
    out.set("turn", TurnJson.of(turn));
    send(ctx, 201, out);
  }

  /** A step in a known conversation, from the body read as a JSON object. */
  private void step(Context ctx, BiFunction<Conversation, JsonNode, Turn> how) {
    String id = ctx.pathParam("id");
    Conversation c = conversations.get(id);
    respond(ctx, id, how.apply(c, Bodies.object(ctx)));
  }

  private void upload(Context ctx) {
    String id = ctx.pathParam("id");
    Conversation c = conversations.get(id);
    EvidenceReader.Result read = EvidenceReader.read(Bodies.text(ctx));
    if (read.hasErrors()) throw new PlaygroundError(400, "the bundle cannot be used: " + read.errors().getFirst().line());
    respond(ctx, id, engine.evidence(c, read.bundle(), "uploaded bundle"));
  }

  private void export(Context ctx) throws Exception {
    Conversation c = conversations.get(ctx.pathParam("id"));
    ctx.header("Content-Disposition", "attachment; filename=\"s3-403-evidence.json\"");
    ctx.status(200).contentType("application/json")
        .result(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(EvidenceWriter.write(c.evidence())));
  }

  private void respond(Context ctx, String id, Turn turn) {
    conversations.put(id, turn.conversation());
    ObjectNode out = JSON.createObjectNode();
    out.set("turn", TurnJson.of(turn));
    send(ctx, 200, out);
  }

  private static void send(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(body.toString());
  }

  /** Refusals as {@code {"error": …}}; anything else is logged and answered with a 500 in the same shape. */
  private static Handler guarded(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (PlaygroundError e) {
        send(ctx, e.status(), JSON.createObjectNode().put("error", e.getMessage()));
      } catch (Exception e) {
        LOG.warn("playground request {} {} failed", ctx.method(), ctx.path(), e);
        send(ctx, 500, JSON.createObjectNode().put("error", "s3-403 failed on this request; see the server log"));
      }
    };
  }
}
