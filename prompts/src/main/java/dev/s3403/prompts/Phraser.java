package dev.s3403.prompts;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.prompts.facts.Facts;
import dev.s3403.prompts.facts.Pseudonyms;
import dev.s3403.prompts.guard.Guard;
import dev.s3403.prompts.llm.ChatModels;
import dev.s3403.prompts.llm.LlmSettings;
import dev.s3403.prompts.llm.ModelAnswer;
import dev.s3403.prompts.redact.Redactor;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Words for a diagnosis: the model's, when one is configured and its answer passes the guard, else the plain
 * phrasing. Never throws and never takes longer than the configured timeout plus a fraction of a second.
 */
public final class Phraser {
  private static final Logger LOG = LoggerFactory.getLogger(Phraser.class);
  /** A pasted log can run for pages; the model needs the error, not the whole session. */
  static final int MAX_MESSAGE = 4_000;
  /** Lets the HTTP client's own timeout fire first, so its error is the one reported. */
  private static final Duration GRACE = Duration.ofMillis(400);
  private static final ExecutorService CALLS = Executors.newVirtualThreadPerTaskExecutor();

  private final LlmSettings settings;
  private final ChatModel model;
  private final PhrasingMetrics metrics;

  private Phraser(LlmSettings settings, ChatModel model, PhrasingMetrics metrics) {
    this.settings = settings;
    this.model = model;
    this.metrics = metrics;
  }

  /** No model: every phrasing is the plain one, and nothing touches the network. */
  public static Phraser plainOnly(PhrasingMetrics metrics) {
    return new Phraser(null, null, metrics);
  }

  public static Phraser of(LlmSettings settings, PhrasingMetrics metrics) {
    return new Phraser(settings, ChatModels.of(settings), metrics);
  }

  /** A phraser for what the environment says, or null with the reading's one-line error. */
  public static Phraser fromEnvironment(LlmSettings.Reading reading, PhrasingMetrics metrics) {
    return switch (reading) {
      case LlmSettings.Reading.Off off -> plainOnly(metrics);
      case LlmSettings.Reading.On on -> of(on.settings(), metrics);
      case LlmSettings.Reading.Invalid invalid -> throw new IllegalArgumentException(invalid.message());
    };
  }

  public boolean usesModel() {
    return model != null;
  }

  public PhrasingMetrics metrics() {
    return metrics;
  }

  /**
   * @param userMessage the user's latest message (a paste or a question), sent as quoted data; may be null
   */
  public Phrasing phrase(Task task, Diagnosis d, String userMessage) {
    Phrasing p = model == null ? plain(task, d, null) : ask(task, d, userMessage == null ? "" : userMessage);
    metrics.record(p);
    if (p.fallback() != null) {
      LOG.warn("phrasing: the {} answer was not used ({}): {}", settings.provider().wireName(), p.fallback().kind().label(),
          p.fallback().reason());
    }
    return p;
  }

  private Phrasing ask(Task task, Diagnosis d, String userMessage) {
    Facts facts = Facts.of(d);
    String factsJson = facts.json();
    String message = TextNode.valueOf(Redactor.redact(clip(userMessage)).text()).toString();
    Pseudonyms names = settings.pseudonymize() ? Pseudonyms.of(factsJson + "\n" + message, d.request().bucket()) : null;
    if (names != null) {
      factsJson = names.hide(factsJson);
      message = names.hide(message);
    }
    ChatRequest.Builder request = ChatRequest.builder().messages(
        SystemMessage.from(Templates.load("prompts/system.txt")),
        UserMessage.from(Templates.fill(task.template(), Map.of("facts", factsJson, "message", message))));
    if (ChatModels.takesSchema(settings.provider())) request.responseFormat(AnswerSchema.format(facts));

    String reply;
    Future<ChatResponse> call = CALLS.submit(() -> model.chat(request.build()));
    try {
      ChatResponse response = call.get(settings.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
      reply = response.aiMessage() == null ? null : response.aiMessage().text();
    } catch (TimeoutException e) {
      call.cancel(true);
      return fallback(task, d, Phrasing.Kind.TIMEOUT, "no answer within " + settings.timeout().toMillis() + " ms");
    } catch (ExecutionException e) {
      return failed(task, d, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fallback(task, d, Phrasing.Kind.ERROR, "interrupted");
    }
    return judge(task, d, facts, names, reply);
  }

  private Phrasing judge(Task task, Diagnosis d, Facts facts, Pseudonyms names, String reply) {
    return switch (ModelAnswer.parse(reply)) {
      case ModelAnswer.Parsed.Malformed bad -> fallback(task, d, Phrasing.Kind.MALFORMED, bad.why());
      case ModelAnswer.Parsed.Ok ok -> judge(task, d, facts, names, ok.answer());
    };
  }

  private Phrasing judge(Task task, Diagnosis d, Facts facts, Pseudonyms names, ModelAnswer answer) {
    String cause = names == null || answer.cause() == null ? answer.cause() : names.restore(answer.cause());
    if (facts.topCause() != null ? !facts.topCause().equals(cause) : cause != null) {
      // The reason never quotes the model: its words are what we refuse to show or log.
      return fallback(task, d, Phrasing.Kind.REJECTED, "the answer explains another cause than the diagnosis's");
    }
    for (String q : answer.questions()) {
      if (!facts.questionIds().contains(q)) return fallback(task, d, Phrasing.Kind.REJECTED, "the answer asks a question the diagnosis does not have");
    }
    String text = names == null ? answer.text() : names.restore(answer.text());
    if (text == null) return fallback(task, d, Phrasing.Kind.REJECTED, "the answer names a placeholder that was not in the facts");
    text = text.strip();
    Guard.Verdict verdict = Guard.check(text, facts, task.use());
    return switch (verdict) {
      case Guard.Verdict.Accepted a -> new Phrasing(text, answer.questions(), Phrasing.Source.MODEL, null);
      case Guard.Verdict.Rejected r -> fallback(task, d, Phrasing.Kind.REJECTED, r.reason());
    };
  }

  private Phrasing failed(Task task, Diagnosis d, Throwable error) {
    Integer status = null;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof java.net.http.HttpTimeoutException) {
        return fallback(task, d, Phrasing.Kind.TIMEOUT, "no answer within " + settings.timeout().toMillis() + " ms");
      }
      if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
        return fallback(task, d, Phrasing.Kind.MALFORMED, "the provider's response is not valid JSON");
      }
      if (t instanceof dev.langchain4j.exception.HttpException http && status == null) status = http.statusCode();
    }
    // An HTTP error's body is the provider's text, which we do not repeat; a local failure's message is the JDK's.
    if (status != null) return fallback(task, d, Phrasing.Kind.ERROR, "HTTP " + status + " from the provider");
    Throwable root = error;
    while (root.getCause() != null) root = root.getCause();
    if (root instanceof java.net.ConnectException || root instanceof java.nio.channels.ClosedChannelException
        || root instanceof java.net.UnknownHostException || root instanceof java.nio.channels.UnresolvedAddressException) {
      return fallback(task, d, Phrasing.Kind.ERROR, "could not connect to " + settings.baseUrl());
    }
    String detail = root.getMessage() == null ? "" : ": " + Redactor.redact(clip(root.getMessage().replaceAll("\\s+", " "), 200)).text();
    return fallback(task, d, Phrasing.Kind.ERROR, root.getClass().getSimpleName() + detail);
  }

  private Phrasing fallback(Task task, Diagnosis d, Phrasing.Kind kind, String reason) {
    return plain(task, d, new Phrasing.Fallback(kind, reason));
  }

  private static Phrasing plain(Task task, Diagnosis d, Phrasing.Fallback fallback) {
    return new Phrasing(task.plain(d), d.questions().stream().map(q -> q.id()).toList(), Phrasing.Source.PLAIN, fallback);
  }

  private static String clip(String s) {
    return clip(s, MAX_MESSAGE);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
