package dev.s3403.bot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-channel settings from {@code S3403_CONFIG} (YAML or JSON):
 * <pre>
 * channels:
 *   C0123456789:
 *     autoDetect: true        # answer pasted 403s without a command
 *     accounts: ["111122223333"]   # live checks from this channel may read these accounts
 * accounts:
 *   "111122223333": { roleArn: "arn:aws:iam::111122223333:role/s3-403-read-only", externalId: "…" }
 * </pre>
 */
public record ChannelSettings(Map<String, Channel> channels, Map<String, AccountAccess> accounts) {
  public static final ChannelSettings NONE = new ChannelSettings(Map.of(), Map.of());
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public ChannelSettings {
    channels = Map.copyOf(channels);
    accounts = Map.copyOf(accounts);
  }

  /**
   * How live checks reach an account: a read-only role to assume with its external id; with no entry, the bot's
   * own credentials are used (for the account it runs in).
   */
  public record AccountAccess(String roleArn, String externalId) {}

  /** One channel's settings. */
  public record Channel(boolean autoDetect, List<String> accounts) {
    public Channel {
      accounts = List.copyOf(accounts);
    }
  }

  /** The settings, or why the file cannot be used. */
  public sealed interface Read {
    record Ok(ChannelSettings settings) implements Read {}

    record Failed(String why) implements Read {}
  }

  public Channel channel(String id) {
    return channels.getOrDefault(id, new Channel(false, List.of()));
  }

  public int size() {
    return channels.size();
  }

  public static Read read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException | RuntimeException e) {
      return new Read.Failed("cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    JsonNode root;
    try {
      root = YAML.readTree(text);   // YAML is a superset of JSON: one reader for both
    } catch (IOException e) {
      String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
          ? " at line " + j.getLocation().getLineNr() : "";
      return new Read.Failed("is not YAML or JSON" + where);
    }
    if (root == null || root.isMissingNode() || root.isNull()) return new Read.Ok(NONE);
    if (!root.isObject()) return new Read.Failed("the top level must be a mapping with `channels`");
    Map<String, AccountAccess> access = new LinkedHashMap<>();
    JsonNode accountsNode = root.path("accounts");
    if (!accountsNode.isMissingNode() && !accountsNode.isNull()) {
      if (!accountsNode.isObject()) return new Read.Failed("`accounts` must map account ids to {roleArn, externalId}");
      for (var e : accountsNode.properties()) {
        String where = "`accounts." + e.getKey() + "`";
        if (!e.getKey().matches("\\d{12}")) return new Read.Failed(where + " is not a 12-digit account id");
        JsonNode role = e.getValue().path("roleArn");
        if (!role.isTextual() || !role.asText().matches("arn:aws[a-z-]*:iam::" + e.getKey() + ":role/.+")) {
          return new Read.Failed(where + ".roleArn must be an IAM role ARN in account " + e.getKey());
        }
        JsonNode external = e.getValue().path("externalId");
        if (!external.isMissingNode() && !external.isTextual()) return new Read.Failed(where + ".externalId must be a string");
        access.put(e.getKey(), new AccountAccess(role.asText(), external.isTextual() ? external.asText() : null));
      }
    }
    JsonNode channels = root.path("channels");
    if (channels.isMissingNode() || channels.isNull()) return new Read.Ok(new ChannelSettings(Map.of(), access));
    if (!channels.isObject()) return new Read.Failed("`channels` must map channel ids to settings");
    Map<String, Channel> out = new LinkedHashMap<>();
    for (var e : channels.properties()) {
      String id = e.getKey();
      JsonNode c = e.getValue();
      if (!id.matches("[CGD][A-Z0-9]{3,}")) return new Read.Failed("`channels." + id + "` is not a Slack channel id (like C0123456789)");
      if (c == null || c.isNull()) c = YAML.createObjectNode();
      if (!c.isObject()) return new Read.Failed("`channels." + id + "` must be a mapping");
      JsonNode auto = c.path("autoDetect");
      if (!auto.isMissingNode() && !auto.isBoolean()) return new Read.Failed("`channels." + id + ".autoDetect` must be true or false");
      List<String> accounts = new ArrayList<>();
      JsonNode acc = c.path("accounts");
      if (!acc.isMissingNode() && !acc.isNull()) {
        if (!acc.isArray()) return new Read.Failed("`channels." + id + ".accounts` must be a list of account ids");
        for (JsonNode a : acc) {
          String v = a.asText();
          if (!v.matches("\\d{12}")) return new Read.Failed("`channels." + id + ".accounts` holds `" + v + "`, not a 12-digit account id");
          accounts.add(v);
        }
      }
      out.put(id, new Channel(auto.asBoolean(false), accounts));
    }
    return new Read.Ok(new ChannelSettings(out, access));
  }
}
