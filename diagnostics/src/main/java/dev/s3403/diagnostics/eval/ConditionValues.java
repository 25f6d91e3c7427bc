package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.eval.PolicyVariables.LikePattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parsing and comparison of condition values by type; a value that does not parse matches nothing. */
final class ConditionValues {
  private ConditionValues() {}

  private static final Pattern EPOCH = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  static Optional<BigDecimal> number(String s) {
    try {
      return Optional.of(new BigDecimal(s.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** ISO 8601 date or date-time (a missing zone means UTC), or epoch seconds. */
  static Optional<Instant> instant(String raw) {
    String s = raw.trim();
    if (EPOCH.matcher(s).matches()) {
      BigDecimal seconds = new BigDecimal(s);
      long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
      long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
      return Optional.of(Instant.ofEpochSecond(whole, nanos));
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException e) {
      // not an offset date-time; try the other ISO forms below
    }
    try {
      return Optional.of(ZonedDateTime.parse(s).toInstant());
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static boolean binaryEquals(String request, String policy) {
    try {
      return Arrays.equals(Base64.getDecoder().decode(request.trim()), Base64.getDecoder().decode(policy.trim()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** An address block; a single address is a block of full length. */
  record Cidr(byte[] address, int prefix) {
    boolean contains(Cidr other) {
      if (other.address.length != address.length) return false;
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (other.address[bit / 8] & mask)) return false;
      }
      return true;
    }
  }

  static Optional<Cidr> cidr(String raw) {
    String s = raw.trim();
    int slash = s.indexOf('/');
    String host = slash < 0 ? s : s.substring(0, slash);
    // CAUTION: InetAddress.getByName resolves host names; only hand it text that is already an address literal
    if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) return Optional.empty();
    try {
      byte[] address = InetAddress.getByName(host).getAddress();
      int bits = address.length * 8;
      int prefix = slash < 0 ? bits : Integer.parseInt(s.substring(slash + 1));
      if (prefix < 0 || prefix > bits) return Optional.empty();
      return Optional.of(new Cidr(address, prefix));
    } catch (UnknownHostException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** ArnEquals and ArnLike alike: each of the six colon-separated parts is matched on its own, wildcards allowed. */
  static boolean arnMatches(String request, String policy, RequestContext ctx, boolean expand) {
    String[] requestParts = request.split(":", 6);
    List<String> policyParts = splitOutsideVariables(policy);
    if (requestParts.length != 6 || policyParts.size() != 6) return false;
    for (int i = 0; i < 6; i++) {
      Optional<LikePattern> part = expand
          ? PolicyVariables.expandLike(policyParts.get(i), ctx)
          : Optional.of(LikePattern.written(policyParts.get(i)));
      if (part.isEmpty() || !part.get().matches(requestParts[i], false)) return false;
    }
    return true;
  }

  /** Six parts at most, the last keeping its colons; {@code ${aws:username}} holds a colon that is not a separator. */
  private static List<String> splitOutsideVariables(String arn) {
    var parts = new ArrayList<String>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < arn.length() && parts.size() < 5; i++) {
      char c = arn.charAt(i);
      if (c == '$' && i + 1 < arn.length() && arn.charAt(i + 1) == '{') depth++;
      else if (c == '}' && depth > 0) depth--;
      else if (c == ':' && depth == 0) {
        parts.add(arn.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(arn.substring(start));
    return parts;
  }
}
