package dev.s3403.diagnostics.eval;

import dev.s3403.diagnostics.eval.PolicyVariables.LikePattern;
import dev.s3403.diagnostics.policy.Condition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Evaluates one condition key under one operator against a request context, following the AWS pages "IAM JSON
 * policy elements: Condition operators" and "Condition operators for multivalued context keys".
 *
 * <p>Rules, in the order they apply:
 * <ul>
 *   <li>{@code Null}: {@code true} holds when the key is absent, {@code false} when it is present.
 *   <li>Key absent (or with no values): {@code ...IfExists} holds; {@code ForAllValues} holds; {@code ForAnyValue}
 *       fails; otherwise a positive operator fails and a negated one ({@code StringNotEquals}, {@code NotIpAddress},
 *       {@code ArnNotLike}…) holds, as the doc says: "If the policy condition requires that the key is <em>not</em>
 *       matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition is true."
 *   <li>Policy values of one key are ORed; a negated operator holds for a request value that matches none of them.
 *   <li>{@code ForAllValues}: every request value must hold; {@code ForAnyValue} and no qualifier: at least one must,
 *       except that a negated operator without a qualifier needs every request value to match no policy value.
 * </ul>
 * Policy variables are expanded only in String, Arn and Bool values, the operators whose doc says they are
 * supported; a value whose variable cannot be expanded matches nothing.
 */
public final class ConditionEvaluator {
  private ConditionEvaluator() {}

  private interface Matcher {
    boolean matches(String request, String policy, RequestContext ctx, boolean expand);
  }

  /** {@code phrase} completes "`key` `value` is (not) …" in a reason. */
  private record Operator(String name, boolean negated, String phrase, Matcher matcher) {}

  private static final Map<String, Operator> OPERATORS = new HashMap<>();

  static {
    pair("StringEquals", "StringNotEquals", "equal to",
        (r, p, ctx, x) -> text(p, ctx, x).map(r::equals).orElse(false));
    pair("StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "equal (ignoring case) to",
        (r, p, ctx, x) -> text(p, ctx, x).map(r::equalsIgnoreCase).orElse(false));
    pair("StringLike", "StringNotLike", "like",
        (r, p, ctx, x) -> like(p, ctx, x).map(l -> l.matches(r, false)).orElse(false));
    pair("NumericEquals", "NumericNotEquals", "equal to", numeric(c -> c == 0));
    add("NumericLessThan", false, "less than", numeric(c -> c < 0));
    add("NumericLessThanEquals", false, "at most", numeric(c -> c <= 0));
    add("NumericGreaterThan", false, "greater than", numeric(c -> c > 0));
    add("NumericGreaterThanEquals", false, "at least", numeric(c -> c >= 0));
    pair("DateEquals", "DateNotEquals", "at", date(c -> c == 0));
    add("DateLessThan", false, "before", date(c -> c < 0));
    add("DateLessThanEquals", false, "at or before", date(c -> c <= 0));
    add("DateGreaterThan", false, "after", date(c -> c > 0));
    add("DateGreaterThanEquals", false, "at or after", date(c -> c >= 0));
    add("Bool", false, "equal to", (r, p, ctx, x) -> text(p, ctx, x).map(r.trim()::equalsIgnoreCase).orElse(false));
    add("BinaryEquals", false, "equal to", (r, p, ctx, x) -> ConditionValues.binaryEquals(r, p));
    pair("IpAddress", "NotIpAddress", "in", (r, p, ctx, x) -> ConditionValues.cidr(p)
        .flatMap(block -> ConditionValues.cidr(r).map(block::contains)).orElse(false));
    pair("ArnEquals", "ArnNotEquals", "equal to", ConditionValues::arnMatches);
    pair("ArnLike", "ArnNotLike", "like", ConditionValues::arnMatches);
  }

  private static void pair(String positive, String negated, String phrase, Matcher matcher) {
    add(positive, false, phrase, matcher);
    add(negated, true, phrase, matcher);
  }

  private static void add(String name, boolean negated, String phrase, Matcher matcher) {
    OPERATORS.put(name.toLowerCase(Locale.ROOT), new Operator(name, negated, phrase, matcher));
  }

  /** The outcome of {@code c} for {@code ctx}; variables in policy values are expanded when {@code expandVariables}. */
  public static ConditionResult evaluate(Condition c, RequestContext ctx, boolean expandVariables) {
    List<String> request = ctx.get(c.key());
    boolean absent = request == null || request.isEmpty();
    String key = c.keyAsWritten();
    if (c.operator().equalsIgnoreCase("Null")) return nullCheck(c, key, absent);
    Operator op = OPERATORS.get(c.operator().toLowerCase(Locale.ROOT));
    if (op == null) {
      return new ConditionResult.Unsupported(c.operator(), "condition operator `%s` is not supported".formatted(c.operator()));
    }
    if (absent) return whenAbsent(c, op, key);

    // holds(r): a positive operator needs some policy value to match r, a negated one needs none to
    List<String> policy = c.values();
    Predicate<String> holds = r -> op.negated() != policy.stream()
        .anyMatch(p -> op.matcher().matches(r, p, ctx, expandVariables));
    boolean met = switch (c.qualifier()) {
      case FOR_ALL_VALUES -> request.stream().allMatch(holds);
      case FOR_ANY_VALUE -> request.stream().anyMatch(holds);
      case SINGLE -> op.negated() ? request.stream().allMatch(holds) : request.stream().anyMatch(holds);
    };
    if (met) return new ConditionResult.Met();
    return new ConditionResult.NotMet(key, "`%s` %s is %s%s %s".formatted(key, ticks(request, ", "),
        op.negated() ? "" : "not ", op.phrase(), ticks(policy, " or ")));
  }

  private static ConditionResult whenAbsent(Condition c, Operator op, String key) {
    if (c.ifExists()) return new ConditionResult.Met();
    boolean met = switch (c.qualifier()) {
      case FOR_ALL_VALUES -> true;    // vacuously: no request value fails
      case FOR_ANY_VALUE -> false;    // no request value to match
      case SINGLE -> op.negated();    // the doc: a negated operator with the key absent is true
    };
    return met ? new ConditionResult.Met() : new ConditionResult.NotMet(key, "`%s` is not in the request".formatted(key));
  }

  private static ConditionResult nullCheck(Condition c, String key, boolean absent) {
    // "true" asks for an absent key, "false" for a present one; several values are ORed like any other
    boolean met = c.values().stream().anyMatch(v -> v.trim().equalsIgnoreCase(String.valueOf(absent)));
    if (met) return new ConditionResult.Met();
    return new ConditionResult.NotMet(key, absent ? "`%s` is absent".formatted(key) : "`%s` is present".formatted(key));
  }

  private static Optional<String> text(String policy, RequestContext ctx, boolean expand) {
    return expand ? PolicyVariables.expand(policy, ctx) : Optional.of(policy);
  }

  private static Optional<LikePattern> like(String policy, RequestContext ctx, boolean expand) {
    return expand ? PolicyVariables.expandLike(policy, ctx) : Optional.of(LikePattern.written(policy));
  }

  private static Matcher numeric(IntPredicate accept) {
    return (r, p, ctx, x) -> {
      Optional<BigDecimal> request = ConditionValues.number(r);
      Optional<BigDecimal> policy = ConditionValues.number(p);
      return request.isPresent() && policy.isPresent() && accept.test(request.get().compareTo(policy.get()));
    };
  }

  private static Matcher date(IntPredicate accept) {
    return (r, p, ctx, x) -> {
      Optional<Instant> request = ConditionValues.instant(r);
      Optional<Instant> policy = ConditionValues.instant(p);
      return request.isPresent() && policy.isPresent() && accept.test(request.get().compareTo(policy.get()));
    };
  }

  /** {@code `a`, `b`}: user input in backticks, as every reason fragment writes it. */
  static String ticks(List<String> values, String separator) {
    return values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(separator));
  }
}
