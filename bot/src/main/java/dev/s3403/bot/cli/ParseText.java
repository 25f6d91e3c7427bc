package dev.s3403.bot.cli;

import dev.s3403.diagnostics.actions.RequiredAction;
import dev.s3403.diagnostics.parse.ParsedError;
import java.util.ArrayList;
import java.util.List;

/** {@code parse} for a person: what was denied, then each field the text showed. */
final class ParseText {
  private ParseText() {}

  private record Row(String label, String value) {}

  static String text(ParsedError p) {
    StringBuilder s = new StringBuilder(headline(p)).append("\n\n");
    for (Row r : rows(p)) s.append("  %-16s %s%n".formatted(r.label(), r.value()));
    if (!p.requiredActions().isEmpty()) {
      s.append("\n  the operation needs:\n");
      for (RequiredAction a : p.requiredActions()) s.append("    ").append(action(a)).append('\n');
    }
    if (!p.warnings().isEmpty()) {
      s.append("\n  warnings:\n");
      for (String w : p.warnings()) s.append("    ").append(w).append('\n');
    }
    return s.toString();
  }

  static String markdown(ParsedError p) {
    StringBuilder s = new StringBuilder("**").append(headline(p)).append("**\n\n| field | value |\n| --- | --- |\n");
    for (Row r : rows(p)) s.append("| ").append(r.label()).append(" | `").append(r.value().replace("|", "\\|")).append("` |\n");
    if (!p.requiredActions().isEmpty()) {
      s.append("\nThe operation needs:\n");
      for (RequiredAction a : p.requiredActions()) s.append("- `").append(action(a).replace("`", "")).append("`\n");
    }
    if (!p.warnings().isEmpty()) {
      s.append("\nWarnings:\n");
      for (String w : p.warnings()) s.append("- ").append(w).append('\n');
    }
    return s.toString();
  }

  static String headline(ParsedError p) {
    if (!p.isAccessDenied()) {
      return p.errorCode() == null && p.httpStatus() == null ? "no AWS error found in the text"
          : "not an access denial: " + (p.errorCode() != null ? p.errorCode() : "HTTP " + p.httpStatus());
    }
    StringBuilder h = new StringBuilder("access denied");
    if (p.action() != null) h.append(": ").append(p.action());
    else if (p.operation() != null) h.append(": ").append(p.operation());
    if (p.resourceArn() != null) h.append(" on ").append(p.resourceArn());
    else if (p.bucket() != null) h.append(" on s3://").append(p.bucket()).append(p.key() == null ? "" : "/" + p.key());
    if (p.denyType() != null) {
      h.append(" (").append(p.denyType()).append(" deny");
      if (p.policyType() != null) {
        h.append("aeiou".indexOf(p.policyType().charAt(0)) >= 0 ? " in an " : " in a ").append(p.policyType());
      }
      h.append(')');
    }
    return h.toString();
  }

  private static List<Row> rows(ParsedError p) {
    List<Row> rows = new ArrayList<>();
    add(rows, "service", p.service());
    add(rows, "tool", p.tool());
    add(rows, "operation", p.operation());
    add(rows, "error code", p.errorCode());
    add(rows, "HTTP status", p.httpStatus() == null ? null : p.httpStatus().toString());
    add(rows, "message", p.message());
    add(rows, "bucket", p.bucket());
    add(rows, "key", p.key());
    add(rows, "prefix", p.prefix());
    add(rows, "access point", p.accessPointArn());
    add(rows, "principal", p.principalArn());
    add(rows, "action", p.action());
    add(rows, "resource", p.resourceArn());
    add(rows, "deny", p.denyType());
    add(rows, "policy type", p.policyType());
    add(rows, "through", p.transitivePolicyType());
    add(rows, "policy ARN", p.policyArn());
    add(rows, "authorization id", p.authorizationId());
    add(rows, "request id", p.requestId());
    add(rows, "host id", p.hostId());
    add(rows, "region", p.region());
    return rows;
  }

  private static void add(List<Row> rows, String label, String value) {
    if (value != null) rows.add(new Row(label, value));
  }

  private static String action(RequiredAction a) {
    return a.action() + " on " + (a.resource() == null ? "(resource not known from the text)" : a.resource())
        + (a.when().equals("always") ? "" : "  when " + a.when());
  }
}
