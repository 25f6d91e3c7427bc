package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * IAM and STS as the query protocol has them: form-encoded POSTs naming the Action, XML answers in each service's
 * namespace with a RequestId, errors as an ErrorResponse with the status AWS uses.
 */
final class IamWire {
  static final String ACCOUNT = "111122223333";
  private static final String IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/";
  private static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";

  private IamWire() {}

  /** A POST for one action; the trailing {@code &} keeps GetRole from matching GetRolePolicy. */
  static MappingBuilder action(String action) {
    return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
  }

  /** A request parameter as the SDK form-encodes it. */
  static String param(String name, String value) {
    return name + "=" + urlEncoded(value);
  }

  static ResponseDefinitionBuilder iam(String action, String resultXml) {
    return xml(200, "<%1$sResponse xmlns=\"%2$s\"><%1$sResult>%3$s</%1$sResult>%4$s</%1$sResponse>"
        .formatted(action, IAM_NS, resultXml, metadata()));
  }

  static ResponseDefinitionBuilder sts(String action, String resultXml) {
    return xml(200, "<%1$sResponse xmlns=\"%2$s\"><%1$sResult>%3$s</%1$sResult>%4$s</%1$sResponse>"
        .formatted(action, STS_NS, resultXml, metadata()));
  }

  static ResponseDefinitionBuilder error(int status, String code, String message) {
    return xml(status, ("<ErrorResponse xmlns=\"%s\"><Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message>"
        + "</Error><RequestId>4a7c1e0e-0000-4000-8000-000000000001</RequestId></ErrorResponse>")
        .formatted(IAM_NS, code, message));
  }

  static ResponseDefinitionBuilder noSuchEntity(String message) {
    return error(404, "NoSuchEntity", message);
  }

  static ResponseDefinitionBuilder accessDenied(String action) {
    return error(403, "AccessDenied", "User: arn:aws:sts::" + ACCOUNT + ":assumed-role/collector/s3-403 is not "
        + "authorized to perform: " + action);
  }

  static ResponseDefinitionBuilder throttled() {
    return error(400, "Throttling", "Rate exceeded");
  }

  /** A policy document as IAM sends it: URL-encoded, spaces as %20. */
  static String urlEncoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The IAM and STS actions the requests named, as IAM actions: {@code iam:GetRole}, {@code sts:GetCallerIdentity}. */
  static Set<String> actionsSent(WireMockExtension wm) {
    Set<String> out = new TreeSet<>();
    for (LoggedRequest r : wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/")))) {
      String action = form(r, "Action").getFirst();
      out.add((action.equals("GetCallerIdentity") ? "sts:" : "iam:") + action);
    }
    return out;
  }

  /** The values of a form parameter in the order sent ({@code ActionNames.member.1}, …: pass the prefix). */
  static List<String> form(LoggedRequest r, String name) {
    List<String> out = new ArrayList<>();
    for (String pair : r.getBodyAsString().split("&")) {
      String[] kv = pair.split("=", 2);
      String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
      if (key.equals(name) || key.startsWith(name + ".")) {
        out.add(kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
    }
    return out;
  }

  private static String metadata() {
    return "<ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>";
  }

  private static ResponseDefinitionBuilder xml(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
  }
}
