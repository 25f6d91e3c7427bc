package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.Resource;

/**
 * The principal's recent S3 and KMS refusals as CloudTrail recorded them ({@code /cloudtrail/deniedEvents}, an
 * addition to the spec documented in {@code docs/evidence-bundle-additions.md}): the last day's events of the session
 * or user name, the denied ones kept. LookupEvents holds management events only, so S3 object reads and writes
 * (data events) are usually not among them; KMS calls are.
 */
public final class CloudTrailCollector implements Collector {
  static final String LOOKUP_EVENTS = "cloudtrail:LookupEvents";
  static final String AT = "/cloudtrail/deniedEvents";
  static final Duration WINDOW = Duration.ofHours(24);
  static final int LOOKED_AT = 50;
  static final int KEPT = 20;
  private static final Set<String> SOURCES = Set.of("s3.amazonaws.com", "kms.amazonaws.com");

  /** Needs nothing found before it, but waits out the busiest first moments: the critical path is elsewhere. */
  @Override
  public Set<String> after() {
    return Set.of("bucket");
  }

  @Override
  public String name() {
    return "cloudtrail";
  }

  @Override
  public Set<String> actions() {
    return Set.of(LOOKUP_EVENTS);
  }

  @Override
  public String area(Target target) {
    return "/cloudtrail";
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) {
    String user = userName(target.principal());
    if (user == null) return;
    Instant end = Instant.parse(draft.get("/collectedAt").textValue());
    List<Event> events = Calls.call(draft, AT, LOOKUP_EVENTS, Set.of(), () -> aws.cloudtrail().lookupEvents(r -> r
        .lookupAttributes(a -> a.attributeKey(LookupAttributeKey.USERNAME).attributeValue(user))
        .startTime(end.minus(WINDOW)).endTime(end).maxResults(LOOKED_AT)).events());
    if (events == null) return;
    ArrayNode denied = Draft.json().createArrayNode();
    for (Event event : events) {
      ObjectNode record = JsonText.object(event.cloudTrailEvent());
      if (record == null || !isDenied(record)) continue;
      denied.add(deniedEvent(event, record));
      if (denied.size() == KEPT) break;
    }
    draft.put(AT, denied);
  }

  private static boolean isDenied(JsonNode record) {
    String code = record.path("errorCode").asText("");
    return SOURCES.contains(record.path("eventSource").asText())
        && (code.endsWith("AccessDenied") || code.endsWith("AccessDeniedException") || code.endsWith("Forbidden"));
  }

  private static ObjectNode deniedEvent(Event event, JsonNode record) {
    Instant time = event.eventTime();
    ObjectNode out = Draft.json().createObjectNode()
        .put("time", time != null ? time.toString() : record.path("eventTime").asText(null))
        .put("eventSource", record.path("eventSource").asText())
        .put("eventName", record.path("eventName").asText(null))
        .put("errorCode", record.path("errorCode").asText())
        .put("errorMessage", record.path("errorMessage").asText(null));
    ArrayNode resources = out.putArray("resources");
    event.resources().stream().map(Resource::resourceName).forEach(resources::add);
    return out.put("requestId", record.path("requestID").asText(null));
  }

  /**
   * The name CloudTrail files the principal's events under: a role session's name, a user's or a federated user's
   * name; null for a role (its sessions have their own names) and for what is not an IAM ARN.
   */
  static String userName(String principal) {
    if (principal == null) return null;
    String[] parts = principal.split(":", 6);
    if (parts.length < 6 || !parts[0].equals("arn")) return null;
    String resource = parts[5];
    if (resource.startsWith("assumed-role/")) {
      String[] roleAndSession = resource.split("/", 3);
      return roleAndSession.length == 3 ? roleAndSession[2] : null;
    }
    if (resource.startsWith("user/")) return resource.substring(resource.lastIndexOf('/') + 1);
    if (resource.startsWith("federated-user/")) return resource.substring("federated-user/".length());
    return null;
  }
}
