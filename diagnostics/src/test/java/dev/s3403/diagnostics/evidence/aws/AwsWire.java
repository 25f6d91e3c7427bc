package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two wire protocols of the services the second-phase collectors read, as WireMock plays them: AWS JSON 1.1
 * (KMS, Organizations, CloudTrail: the operation in {@code X-Amz-Target}) and the EC2 query protocol (the operation
 * in the form body, the answer in XML).
 */
final class AwsWire {
  static final String JSON_1_1 = "application/x-amz-json-1.1";
  private static final Map<String, String> SERVICES = Map.of("TrentService", "kms",
      "AWSOrganizationsV20161128", "organizations", "CloudTrail_20131101", "cloudtrail");
  private static final Pattern QUERY_ACTION = Pattern.compile("(?:^|&)Action=([A-Za-z]+)");

  private AwsWire() {}

  /** A JSON 1.1 request, by its {@code X-Amz-Target}: {@code TrentService.DescribeKey}. */
  static MappingBuilder jsonCall(String target) {
    return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
  }

  /** The JSON 1.1 requests sent with this {@code X-Amz-Target}, for counting. */
  static RequestPatternBuilder jsonSent(String target) {
    return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
  }

  static ResponseDefinitionBuilder jsonAnswer(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", JSON_1_1).withBody(body);
  }

  static ResponseDefinitionBuilder jsonError(String type, String message) {
    return aResponse().withStatus(400).withHeader("Content-Type", JSON_1_1)
        .withBody("{\"__type\":\"%s\",\"message\":\"%s\"}".formatted(type, message));
  }

  /** An EC2 query request, by its {@code Action}. */
  static MappingBuilder ec2Call(String action) {
    return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
  }

  static ResponseDefinitionBuilder xmlAnswer(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(body);
  }

  static ResponseDefinitionBuilder ec2Error(int status, String code, String message) {
    return aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Response><Errors><Error><Code>%s</Code><Message>%s</Message></Error></Errors>\
        <RequestID>5d3f9a2e-ec2-request</RequestID></Response>""".formatted(code, message));
  }

  /** The IAM actions of every request WireMock received: {@code kms:DescribeKey}, {@code ec2:DescribeVpcEndpoints}. */
  static Set<String> sentActions(WireMockExtension wm) {
    Set<String> actions = new TreeSet<>();
    for (var event : wm.getAllServeEvents()) actions.add(action(event.getRequest()));
    return actions;
  }

  private static String action(LoggedRequest request) {
    String target = request.getHeader("X-Amz-Target");
    if (target != null) {
      String[] parts = target.split("\\.");
      String operation = parts[parts.length - 1];
      return SERVICES.getOrDefault(parts[parts.length - 2], parts[parts.length - 2]) + ":" + operation;
    }
    Matcher m = QUERY_ACTION.matcher(URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8));
    return m.find() ? "ec2:" + m.group(1) : request.getMethod() + " " + request.getUrl();
  }
}
