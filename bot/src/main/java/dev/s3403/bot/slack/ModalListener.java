package dev.s3403.bot.slack;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The paste modal submitted: the error and its optional pastes, diagnosed and posted in the channel. */
final class ModalListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ModalListener.class);
  private final Listeners l;
  private final Diagnoses diagnoses;

  ModalListener(Listeners l, Diagnoses diagnoses) {
    this.l = l;
    this.diagnoses = diagnoses;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    l.metrics().inc("s3403_acks_total", "kind", "modal");
    var view = req.getPayload().getView();
    Map<String, Map<String, ViewState.Value>> values = view.getState().getValues();
    String error = value(values, Modal.ERROR_BLOCK);
    String pastes = value(values, Modal.PASTES_BLOCK);
    if (error.isBlank()) return ctx.ack(r -> r.responseAction("errors").errors(Map.of(Modal.ERROR_BLOCK, "Paste the error S3 gave")));
    String channel = view.getPrivateMetadata();
    String user = req.getPayload().getUser().getId();
    String limited = l.limited(user);
    if (limited != null) return ctx.ack(r -> r.responseAction("errors").errors(Map.of(Modal.ERROR_BLOCK, limited)));
    boolean queued = l.work().offer(() -> {
      try {
        diagnoses.start(ctx.client(), channel, null, user, error, List.of(pastes), false);
      } catch (Exception e) {
        l.metrics().inc("s3403_errors_total", "where", "modal", "error", e.getClass().getSimpleName());
        LOG.error("a modal submission failed: {}", e.toString());
      }
    });
    if (!queued) return ctx.ack(r -> r.responseAction("errors").errors(Map.of(Modal.ERROR_BLOCK, Listeners.BUSY)));
    return ctx.ack();
  }

  private static String value(Map<String, Map<String, ViewState.Value>> values, String block) {
    Map<String, ViewState.Value> b = values == null ? null : values.get(block);
    ViewState.Value v = b == null ? null : b.get(block);
    return v == null || v.getValue() == null ? "" : v.getValue();
  }
}
