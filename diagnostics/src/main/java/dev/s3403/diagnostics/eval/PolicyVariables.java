package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.policy.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Expands IAM policy variables: {@code ${aws:username}}, {@code ${aws:PrincipalTag/team, 'none'}} (a default for an
 * absent key) and the specials {@code ${*}}, {@code ${?}}, {@code ${$}}, which stand for a literal {@code *},
 * {@code ?} and {@code $}.
 *
 * <p>Two entry points, because a literal {@code *} and a wildcard {@code *} are the same character once flattened:
 * {@link #expand} yields plain text for exact comparisons (StringEquals), while {@link #expandLike} yields a
 * {@link LikePattern} that remembers which characters came from the policy (wildcards) and which were substituted
 * (always literal), for StringLike and ArnLike.
 *
 * <p>A key that is absent, or carries more than one value, cannot be substituted: its default is used when there is
 * one, otherwise the whole value is unusable and both methods return {@link Optional#empty()}.
 */
public final class PolicyVariables {
  private PolicyVariables() {}

  /** The value with every variable replaced, or empty when a variable has neither a single value nor a default. */
  public static Optional<String> expand(String text, RequestContext ctx) {
    return pieces(text, ctx).map(LikePattern::new).map(LikePattern::text);
  }

  /** The value as a pattern in which only the characters written in the policy act as wildcards. */
  public static Optional<LikePattern> expandLike(String text, RequestContext ctx) {
    return pieces(text, ctx).map(LikePattern::new);
  }

  /** One stretch of an expanded value. */
  public sealed interface Piece {
    String text();

    /** Text as written in the policy: {@code *} and {@code ?} are wildcards here. */
    record Written(String text) implements Piece {}

    /** Text substituted for a variable: always matched literally. */
    record Literal(String text) implements Piece {}
  }

  /** A StringLike/ArnLike pattern after expansion. */
  public record LikePattern(List<Piece> pieces) {

    public LikePattern {
      pieces = List.copyOf(pieces);
    }

    /** A pattern written without variables (or with expansion switched off). */
    public static LikePattern written(String text) {
      return new LikePattern(List.of(new Piece.Written(text)));
    }

    /** The flattened text, wildcards and literals alike. */
    public String text() {
      var sb = new StringBuilder();
      pieces.forEach(p -> sb.append(p.text()));
      return sb.toString();
    }

    public boolean matches(String value, boolean ignoreCase) {
      boolean literalWildcard = pieces.stream()
          .anyMatch(p -> p instanceof Piece.Literal l && (l.text().indexOf('*') >= 0 || l.text().indexOf('?') >= 0));
      // Wildcard cannot escape, so only a substituted `*` or `?` needs the slower regular expression
      if (!literalWildcard) return Wildcard.matches(text(), value, ignoreCase);
      int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
      return Pattern.compile(regex(), flags).matcher(value).matches();
    }

    private String regex() {
      var sb = new StringBuilder();
      for (Piece p : pieces) {
        switch (p) {
          case Piece.Literal l -> sb.append(Pattern.quote(l.text()));
          case Piece.Written w -> {
            for (char c : w.text().toCharArray()) {
              sb.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
            }
          }
        }
      }
      return sb.toString();
    }
  }

  private static Optional<List<Piece>> pieces(String text, RequestContext ctx) {
    var pieces = new ArrayList<Piece>();
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf("${", at);
      int close = open < 0 ? -1 : text.indexOf('}', open + 2);
      if (open < 0 || close < 0) {   // no (complete) variable left: the rest is plain text
        pieces.add(new Piece.Written(text.substring(at)));
        break;
      }
      if (open > at) pieces.add(new Piece.Written(text.substring(at, open)));
      Optional<String> value = resolve(text.substring(open + 2, close), ctx);
      if (value.isEmpty()) return Optional.empty();
      pieces.add(new Piece.Literal(value.get()));
      at = close + 1;
    }
    return Optional.of(pieces);
  }

  private static Optional<String> resolve(String inner, RequestContext ctx) {
    String trimmed = inner.trim();
    if (trimmed.equals("*") || trimmed.equals("?") || trimmed.equals("$")) return Optional.of(trimmed);
    int comma = trimmed.indexOf(',');
    String key = (comma < 0 ? trimmed : trimmed.substring(0, comma)).trim();
    Optional<String> fallback = comma < 0 ? Optional.empty() : Optional.of(unquote(trimmed.substring(comma + 1).trim()));
    List<String> values = ctx.get(key);
    // a multi-valued key has no single text to put in its place, so it counts as absent
    if (values == null || values.size() != 1) return fallback;
    return Optional.of(values.get(0));
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1) : s;
  }
}
