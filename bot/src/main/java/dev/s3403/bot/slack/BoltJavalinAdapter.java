package dev.s3403.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands a Slack request to Bolt with its body exactly as received (the signature covers those bytes), and writes
 * Bolt's response back. There is no Bolt adapter for Javalin or Jetty 12; this is all one needs.
 */
public final class BoltJavalinAdapter {
  private final App app;
  private final SlackRequestParser parser;

  public BoltJavalinAdapter(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  public void handle(Context ctx, String rawBody) throws Exception {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : Collections.list(ctx.req().getHeaderNames())) headers.put(name, Collections.list(ctx.req().getHeaders(name)));
    Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
        .requestUri(ctx.path()).queryString(ctx.queryParamMap()).headers(new RequestHeaders(headers))
        .requestBody(rawBody).remoteAddress(ctx.ip()).build());
    if (request == null) {
      ctx.status(400).json(Map.of("error", "not a Slack request this app handles"));
      return;
    }
    Response r = app.run(request);
    ctx.status(r.getStatusCode());
    r.getHeaders().forEach((k, vs) -> vs.forEach(v -> ctx.res().addHeader(k, v)));
    if (r.getContentType() != null) ctx.contentType(r.getContentType());
    if (r.getBody() != null) ctx.result(r.getBody());
  }
}
