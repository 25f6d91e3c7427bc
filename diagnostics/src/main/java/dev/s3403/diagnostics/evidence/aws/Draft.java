package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bundle under construction (spec/evidence-bundle.md), written by collectors running in parallel: each answer
 * at its JSON pointer, {@code null} for what AWS says does not exist, and {@code unavailable} for what could not
 * be read, with the reason. Also keeps the IAM actions called, for the audit line.
 */
public final class Draft {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode root = JSON.createObjectNode();
  private final Set<String> called = new TreeSet<>();
  private final List<String> failed = new ArrayList<>();
  private boolean answered;

  public Draft(Instant collectedAt) {
    root.put("format", "s3-403/evidence@1");
    root.put("collectedAt", collectedAt.toString());
  }

  /** Sets the value at a JSON pointer such as {@code /buckets/b/policy}, creating the objects on the way. */
  public synchronized void put(String pointer, JsonNode value) {
    answered = true;
    List<String> parts = parts(pointer);
    ObjectNode at = root;
    for (int i = 0; i < parts.size() - 1; i++) {
      JsonNode next = at.get(parts.get(i));
      at = next instanceof ObjectNode o ? o : at.putObject(parts.get(i));
    }
    at.set(parts.getLast(), value == null ? NullNode.getInstance() : value);
  }

  /** AWS answered that the thing does not exist (no bucket policy, no boundary, …). */
  public void none(String pointer) {
    put(pointer, NullNode.getInstance());
  }

  /** What could not be read, and why; the diagnosis says what it could not check. */
  public synchronized void unavailable(String pointer, String reason) {
    ArrayNode list = root.has("unavailable") ? (ArrayNode) root.get("unavailable") : root.putArray("unavailable");
    list.addObject().put("what", pointer).put("reason", reason);
    failed.add(pointer);
  }

  /** Whether any call got an answer from AWS (a value or "does not exist"), as opposed to none reaching it. */
  public synchronized boolean anyAnswer() {
    return answered;
  }

  /**
   * Takes in what a scratch draft recorded: always its called actions (the audit must list every call), and its
   * {@code unavailable} entries only when {@code keepFailures}, with {@code from} rewritten to {@code to} in their
   * pointers (work done ahead under a guessed name, kept once the name is confirmed).
   */
  public void absorb(Draft scratch, boolean keepFailures, String from, String to) {
    Set<String> actions;
    JsonNode failures;
    synchronized (scratch) {
      actions = Set.copyOf(scratch.called);
      failures = scratch.root.has("unavailable") ? scratch.root.get("unavailable").deepCopy() : null;
    }
    synchronized (this) {
      called.addAll(actions);
    }
    if (!keepFailures || failures == null) return;
    for (JsonNode f : failures) {
      String what = f.path("what").asText();
      unavailable(what.startsWith(from) ? to + what.substring(from.length()) : what, f.path("reason").asText());
    }
  }

  public synchronized void called(String action) {
    called.add(action);
  }

  public synchronized Set<String> calledActions() {
    return Set.copyOf(called);
  }

  /** The bundle so far; {@code unavailable} sorted by pointer, so the same collection always reads the same. */
  public synchronized ObjectNode snapshot() {
    ObjectNode out = root.deepCopy();
    if (out.get("unavailable") instanceof ArrayNode list) {
      List<JsonNode> entries = new ArrayList<>();
      list.forEach(entries::add);
      entries.sort(java.util.Comparator.comparing((JsonNode e) -> e.path("what").asText()).thenComparing(e -> e.path("reason").asText()));
      list.removeAll();
      entries.forEach(list::add);
    }
    return out;
  }

  /** The value at a pointer, or null when not (yet) known. */
  public synchronized JsonNode get(String pointer) {
    JsonNode n = root.at(pointer);
    return n.isMissingNode() ? null : n.deepCopy();
  }

  public static ObjectMapper json() {
    return JSON;
  }

  /** A JSON pointer's unescaped segments ({@code ~1} is {@code /}, {@code ~0} is {@code ~}). */
  static List<String> parts(String pointer) {
    List<String> out = new ArrayList<>();
    for (String p : pointer.substring(1).split("/", -1)) out.add(p.replace("~1", "/").replace("~0", "~"));
    return out;
  }

  /** A segment for a JSON pointer: ARNs and keys hold slashes. */
  public static String segment(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
