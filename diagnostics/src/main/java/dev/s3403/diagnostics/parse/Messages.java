package dev.s3403.diagnostics.parse;

/**
 * What to strip from a message that a framing read up to the end of its line: the wrapper's own words and
 * marks, never the service's.
 */
final class Messages {
  private Messages() {}

  private static final String[] ENDS = {
      " (Service: ",                       // a Java SDK tail printed twice
      " (RequestId: ",                     // CloudFormation's custom-resource suffix
      "Traceback (most recent call last)", // a Lambda console glues the traceback on
      "\\n", "\\r",                          // JSON-escaped line breaks (Step Functions causes, logrus)
      "\t",                                // a console's next column
      " with module.", " on .terraform/"}; // Terraform's context, flattened onto the line

  static String clean(String raw) {
    String m = raw.strip();
    // A Lambda or Step Functions record quotes botocore's whole line; the service's words follow "operation: ".
    if (m.startsWith("An error occurred (")) {
      int op = m.indexOf(" operation: ");
      if (op > 0) m = m.substring(op + " operation: ".length()).strip();
    }
    for (String end : ENDS) {
      int cut = m.indexOf(end);
      if (cut > 0) m = m.substring(0, cut).strip();
    }
    int logfmt = logfmtField(m);
    if (logfmt > 0) m = m.substring(0, logfmt).strip();
    m = stripMarkdown(m);
    if (m.startsWith("<")) return "";   // an XML body where the message should be: the message is inside it
    return stripUnbalancedTail(m);
  }

  /** {@code …disabled.)" controller=backup logSource="…"}: a quoted log field ends where the next key begins. */
  private static int logfmtField(String m) {
    for (int q = m.indexOf("\" "); q >= 0; q = m.indexOf("\" ", q + 1)) {
      int k = q + 2;
      while (k < m.length() && (Character.isLetterOrDigit(m.charAt(k)) || m.charAt(k) == '_' || m.charAt(k) == '.')) k++;
      if (k > q + 2 && k < m.length() && m.charAt(k) == '=') return q;
    }
    return -1;
  }

  private static String stripMarkdown(String m) {
    String out = m;
    while (out.endsWith("**") && !out.endsWith("***")) out = out.substring(0, out.length() - 2).strip();
    while (out.startsWith("**") && !out.startsWith("***")) out = out.substring(2).strip();
    return out;
  }

  /** Closing quotes and brackets that the wrapper opened before the message: {@code expired.')}]}}. */
  private static String stripUnbalancedTail(String m) {
    String out = m;
    while (!out.isEmpty()) {
      char last = out.charAt(out.length() - 1);
      if (last == ',' && out.length() > 1 && "'\")]}".indexOf(out.charAt(out.length() - 2)) >= 0) {
        out = out.substring(0, out.length() - 1);   // "Access Denied", in a JSON or repr dump
        continue;
      }
      char open = switch (last) {
        case ')' -> '(';
        case ']' -> '[';
        case '}' -> '{';
        case '\'', '"' -> last;
        default -> 0;
      };
      if (open == 0) break;
      long opens = out.chars().filter(c -> c == open).count();
      long closes = open == last ? 0 : out.chars().filter(c -> c == last).count();
      boolean unbalanced = open == last ? opens % 2 == 1 : closes > opens;
      if (!unbalanced) break;
      out = out.substring(0, out.length() - 1).strip();
    }
    return out;
  }
}
