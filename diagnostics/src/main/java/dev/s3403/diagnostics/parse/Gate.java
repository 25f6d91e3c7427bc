package dev.s3403.diagnostics.parse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which trigger literals a paste holds, found in one pass, so that a framing whose trigger is absent costs
 * nothing (most pastes hold two or three framings out of dozens).
 */
final class Gate {
  private static final List<String> TRIGGERS = new ArrayList<>();
  private static final Map<String, Integer> IDS = new HashMap<>();

  static {
    for (String t : new String[] {" (client): ", " (server): ", "(AWS::", "(Aws::", "(Request-ID: ", "(Service: ", "-> ",
        "A client error (", "API: ", "AWS Error Code: ", "AWS::", "Amazon.", "Aws::", "Client error: ", "Error Code: ",
        "Error executing \"", "Error making request", "HTTP Response Code: ", "HTTP/", "S3 Extended Request ID: ",
        "S3 error: ", "Server error: ", "Status Code: ", "StatusCode(", "code: ", "http_error, ", "operation error ",
        "status code: ", "status: ", "An error occurred (", "An", "<Code>", "<Message>", "<li>Code: ", "RequestId: ",
        "x-amz", "X-Amz", "x-Amz", "could not be satisfied", "\"errorCode\"", "\"errorType\"", "\"ErrorCode\"",
        "\"__type\"", "\\\"ErrorCode\\\"", "\\\"errorCode\\\"", "\\\"__type\\\"", "$metadata", "statusCode:",
        "aws_request_id", "Code: '", "code: '", "tatusCode", "http_status_code", "    at ", "Access Denied", ": ",
        " Forbidden", " Not Found", " Bad Request", " Moved Permanently", " Unauthorized", "authori", "occurred", "Error executing ", "with status code", " Client Error: ",
        "https response error StatusCode: ", "api error ", "Error Code:", "failed with code: ", "response code"}) {
      register(t);
    }
    Tools.LITERALS.forEach(Gate::register);
    for (String t : new String[] {"arn:aws", "://", "failed: ", "Failed to upload ", "Host:", "host:", "ucket", "key=",
        "s3a", "amazonaws", "accesspoint", ":host"}) {
      register(t);
    }
    for (String t : Locations.CONTEXT_LITERALS) register(t);
    Describe.S3_SIGNS.forEach(Gate::register);
  }

  private static void register(String literal) {
    if (literal.chars().anyMatch(c -> c >= 128) || IDS.containsKey(literal)) return;
    IDS.put(literal, TRIGGERS.size());
    TRIGGERS.add(literal);
  }

  private static final Literals AUTOMATON = new Literals(TRIGGERS);

  private final BitSet found;

  private Gate(BitSet found) {
    this.found = found;
  }

  static Gate of(String text) {
    return new Gate(AUTOMATON.find(text));
  }

  /** Whether the text holds {@code literal}, which must be one of the registered triggers. */
  boolean has(String literal) {
    Integer id = IDS.get(literal);
    if (id == null) throw new IllegalArgumentException("not a registered trigger: " + literal);
    return found.get(id);
  }
}
