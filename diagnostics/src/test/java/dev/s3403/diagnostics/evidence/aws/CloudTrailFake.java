package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonCall;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.time.Instant;
import java.util.List;

/**
 * CloudTrail as WireMock plays it (JSON 1.1, {@code X-Amz-Target: …CloudTrail_20131101.LookupEvents}): the events of
 * session {@code i-0abc}, each with its record as a JSON string in {@code CloudTrailEvent}.
 */
final class CloudTrailFake {
  static final String PRINCIPAL = "arn:aws:sts::111122223333:assumed-role/app/i-0abc";
  static final String KMS_DENIAL = "User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to "
      + "perform: kms:Decrypt on resource: " + KmsFake.KEY_ARN + " because no resource-based policy allows it";

  /** One event: what LookupEvents lists and the record it carries. */
  record Event(Instant time, String source, String name, String errorCode, String errorMessage, String requestId,
      List<String> resources) {}

  static final List<Event> EVENTS = List.of(
      new Event(Instant.parse("2026-11-22T10:58:00Z"), "kms.amazonaws.com", "Decrypt", "AccessDenied", KMS_DENIAL,
          "6b2a1f0e-kms-request", List.of(KmsFake.KEY_ARN)),
      new Event(Instant.parse("2026-11-22T10:57:30Z"), "s3.amazonaws.com", "PutBucketPolicy", "AccessDenied",
          "Access Denied", "QX3T8Z1P4K9B2M7S", List.of("acme-reports")),
      new Event(Instant.parse("2026-11-22T10:40:00Z"), "ec2.amazonaws.com", "DescribeInstances",
          "Client.UnauthorizedOperation", "You are not authorized to perform this operation.", "ec2-request",
          List.of()),
      new Event(Instant.parse("2026-11-22T09:15:00Z"), "s3.amazonaws.com", "GetBucketLocation", null, null,
          "R7W2N5C8J1H4F6D3", List.of("acme-reports")));

  private CloudTrailFake() {}

  /** LookupEvents as the collector must ask: the session's name, the day before collection, at most 50 events. */
  static MappingBuilder lookup() {
    return jsonCall("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents")
        .withRequestBody(matchingJsonPath("$.LookupAttributes[0].AttributeKey", equalTo("Username")))
        .withRequestBody(matchingJsonPath("$.LookupAttributes[0].AttributeValue", equalTo("i-0abc")))
        .withRequestBody(matchingJsonPath("$[?(@.StartTime == 1795258800)]"))
        .withRequestBody(matchingJsonPath("$[?(@.EndTime == 1795345200)]"))
        .withRequestBody(matchingJsonPath("$.MaxResults", equalTo("50")));
  }

  static String answer(List<Event> events) {
    ObjectNode answer = Draft.json().createObjectNode();
    ArrayNode listed = answer.putArray("Events");
    for (Event e : events) {
      ObjectNode item = listed.addObject().put("EventId", e.requestId() + "-id").put("EventName", e.name())
          .put("ReadOnly", "false").put("EventTime", e.time().getEpochSecond()).put("EventSource", e.source())
          .put("Username", "i-0abc");
      e.resources().forEach(r -> item.withArray("Resources").addObject().put("ResourceType", "AWS::Resource")
          .put("ResourceName", r));
      item.put("CloudTrailEvent", record(e).toString());
    }
    return answer.toString();
  }

  private static ObjectNode record(Event e) {
    ObjectNode record = Draft.json().createObjectNode().put("eventVersion", "1.11")
        .put("eventTime", e.time().toString()).put("eventSource", e.source()).put("eventName", e.name())
        .put("awsRegion", "us-east-1").put("requestID", e.requestId());
    record.putObject("userIdentity").put("type", "AssumedRole").put("arn", PRINCIPAL);
    if (e.errorCode() != null) record.put("errorCode", e.errorCode()).put("errorMessage", e.errorMessage());
    return record;
  }

  /** The denied S3 and KMS events of {@link #EVENTS}, as the collector writes them. */
  static String written() {
    return """
        {"deniedEvents":[
          {"time":"2026-11-22T10:58:00Z","eventSource":"kms.amazonaws.com","eventName":"Decrypt",
           "errorCode":"AccessDenied","errorMessage":"%s","resources":["%s"],"requestId":"6b2a1f0e-kms-request"},
          {"time":"2026-11-22T10:57:30Z","eventSource":"s3.amazonaws.com","eventName":"PutBucketPolicy",
           "errorCode":"AccessDenied","errorMessage":"Access Denied","resources":["acme-reports"],
           "requestId":"QX3T8Z1P4K9B2M7S"}]}""".formatted(KMS_DENIAL, KmsFake.KEY_ARN);
  }
}
