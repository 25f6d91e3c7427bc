package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.evidence.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundle being written in the format of {@code spec/evidence-bundle.md}, then read back with {@link EvidenceReader}:
 * the recognizers speak the documented format, and the reader's checks (ARNs, account ids, times) apply to pasted
 * values as they do to a bundle file.
 */
final class Draft {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode root = NODES.objectNode().put("format", Bundle.FORMAT);
  private final List<String> notes = new ArrayList<>();

  ObjectNode bucket(String name) {
    return entity("buckets", name);
  }

  ObjectNode object(String bucket, String key) {
    return child(child(bucket(bucket), "objects"), key);
  }

  ObjectNode principal(String iamArn) {
    return entity("principals", iamArn);
  }

  ObjectNode account(String id) {
    return entity("accounts", id);
  }

  ObjectNode kmsKey(String arn) {
    return entity("kmsKeys", arn);
  }

  ObjectNode vpcEndpoint(String id) {
    return entity("vpcEndpoints", id);
  }

  ObjectNode request() {
    return child(root, "request");
  }

  /** What could not be read, at a JSON pointer such as {@code /buckets/acme/policy}. */
  void unavailable(String pointer, String reason) {
    ArrayNode list = root.has("unavailable") ? (ArrayNode) root.get("unavailable") : root.putArray("unavailable");
    list.addObject().put("what", pointer).put("reason", reason);
  }

  Draft note(String note) {
    notes.add(note);
    return this;
  }

  /**
   * The bundle the draft describes. A value the reader rejects (an account id that is not 12 digits) stays unknown,
   * and its reason becomes a note.
   */
  Recognition done(String command) {
    var read = EvidenceReader.read(root);
    List<String> all = new ArrayList<>(notes);
    for (Note error : read.errors()) all.add("not used: " + error.line());
    return new Recognition.Recognized(command, read.bundle(), all);
  }

  private ObjectNode entity(String map, String key) {
    return child(child(root, map), key);
  }

  /** One step of a JSON pointer: {@code ~} and {@code /} escaped (RFC 6901). */
  static String step(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }

  private static ObjectNode child(ObjectNode parent, String name) {
    JsonNode existing = parent.get(name);
    return existing instanceof ObjectNode object ? object : parent.putObject(name);
  }
}
