package dev.s3403.diagnostics.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.actions.RequiredAction;

/** The `parse` JSON of spec/cli.md: members in a stable order, nulls written out. */
public final class ParsedErrorJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ParsedErrorJson() {}

  public static ObjectNode toJson(ParsedError p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("isAccessDenied", p.isAccessDenied());
    o.put("service", p.service());
    o.put("tool", p.tool());
    o.put("operation", p.operation());
    o.put("errorCode", p.errorCode());
    o.put("httpStatus", p.httpStatus());
    o.put("message", p.message());
    o.put("bucket", p.bucket());
    o.put("key", p.key());
    o.put("prefix", p.prefix());
    o.put("accessPointArn", p.accessPointArn());
    o.put("principalArn", p.principalArn());
    o.put("action", p.action());
    o.put("resourceArn", p.resourceArn());
    o.put("denyType", p.denyType());
    o.put("policyType", p.policyType());
    o.put("transitivePolicyType", p.transitivePolicyType());
    o.put("policyArn", p.policyArn());
    o.put("authorizationId", p.authorizationId());
    o.put("requestId", p.requestId());
    o.put("hostId", p.hostId());
    o.put("region", p.region());
    ArrayNode actions = o.putArray("requiredActions");
    for (RequiredAction a : p.requiredActions()) {
      actions.addObject().put("action", a.action()).put("resource", a.resource()).put("when", a.when());
    }
    ArrayNode warnings = o.putArray("warnings");
    p.warnings().forEach(warnings::add);
    return o;
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
