package dev.s3403.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature and timestamp, checked before Bolt sees the request. Bolt's own check accepts
 * timestamps from the future and compares signatures with {@code equals}; this one refuses anything more than
 * five minutes off in either direction and compares in constant time.
 */
public final class SlackGate {
  static final long TOLERANCE_SECONDS = 5 * 60;

  private final byte[] secret;
  private final Clock clock;

  public SlackGate(String signingSecret, Clock clock) {
    this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  /** Why the request is refused, or null when it is Slack's and fresh. */
  public String refusal(String timestamp, String signature, String rawBody) {
    if (timestamp == null || signature == null) return "unsigned";
    long ts;
    try {
      ts = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      return "bad timestamp";
    }
    long now = clock.instant().getEpochSecond();
    if (ts < now - TOLERANCE_SECONDS) return "stale";
    if (ts > now + TOLERANCE_SECONDS) return "future";
    byte[] expected = sign(timestamp.trim(), rawBody).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8)) ? null : "bad signature";
  }

  /** {@code v0=} and the hex HMAC-SHA256 of {@code v0:<timestamp>:<body>}, as Slack computes it. */
  public String sign(String timestamp, String rawBody) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + rawBody).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
