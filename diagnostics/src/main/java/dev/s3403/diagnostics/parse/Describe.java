package dev.s3403.diagnostics.parse;

import dev.s3403.diagnostics.actions.OperationActions;
import dev.s3403.diagnostics.parse.Occurrences.Occurrence;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The service and message of an error, and a one-line description for warnings. */
final class Describe {
  private Describe() {}

  private static final Map<String, String> SERVICE_NAMES = Map.ofEntries(
      Map.entry("s3", "s3"), Map.entry("simplestorageservice", "s3"), Map.entry("s3control", "s3"),
      Map.entry("kms", "kms"), Map.entry("keymanagementservice", "kms"),
      Map.entry("sts", "sts"), Map.entry("securitytokenservice", "sts"),
      Map.entry("dynamodb", "dynamodb"), Map.entry("dynamodbv2", "dynamodb"),
      Map.entry("iam", "iam"), Map.entry("identitymanagement", "iam"),
      Map.entry("secretsmanager", "secretsmanager"), Map.entry("ssm", "ssm"), Map.entry("ec2", "ec2"),
      Map.entry("lambda", "lambda"), Map.entry("sqs", "sqs"), Map.entry("sns", "sns"),
      Map.entry("organizations", "organizations"), Map.entry("cloudtrail", "cloudtrail"));

  // Operations of other services that pastes about S3 often carry alongside.
  private static final Map<String, String> OTHER_OPERATIONS = Map.ofEntries(
      Map.entry("AssumeRole", "sts"), Map.entry("AssumeRoleWithWebIdentity", "sts"),
      Map.entry("AssumeRoleWithSAML", "sts"), Map.entry("GetCallerIdentity", "sts"),
      Map.entry("GetSessionToken", "sts"), Map.entry("GetFederationToken", "sts"),
      Map.entry("Decrypt", "kms"), Map.entry("Encrypt", "kms"), Map.entry("GenerateDataKey", "kms"),
      Map.entry("GenerateDataKeyWithoutPlaintext", "kms"), Map.entry("DescribeKey", "kms"),
      Map.entry("ReEncrypt", "kms"), Map.entry("GetKeyPolicy", "kms"), Map.entry("CreateGrant", "kms"),
      Map.entry("PutItem", "dynamodb"), Map.entry("GetItem", "dynamodb"), Map.entry("Query", "dynamodb"),
      Map.entry("Scan", "dynamodb"), Map.entry("UpdateItem", "dynamodb"), Map.entry("DeleteItem", "dynamodb"),
      Map.entry("BatchWriteItem", "dynamodb"), Map.entry("BatchGetItem", "dynamodb"),
      Map.entry("DescribeTable", "dynamodb"), Map.entry("GetSecretValue", "secretsmanager"),
      Map.entry("GetParameter", "ssm"), Map.entry("GetParameters", "ssm"), Map.entry("CreateRole", "iam"),
      Map.entry("GetRole", "iam"), Map.entry("PassRole", "iam"),
      Map.entry("SendMessage", "sqs"), Map.entry("Publish", "sns"), Map.entry("DescribeInstances", "ec2"),
      Map.entry("RunInstances", "ec2"), Map.entry("LookupEvents", "cloudtrail"));

  static final List<String> S3_SIGNS = List.of("s3.amazonaws.com", ".s3.", "s3://", "s3a://", "services.s3.",
      "Aws::S3", "Aws\\S3", "Amazon.S3", "S3Exception", "AmazonS3", "operation error S3:",
      "Service: S3", "Service: Amazon S3", ".s3-", "s3-website", "AWS::S3::", "services/s3", "client-s3", "aws-sdk-s3", "S3 Bucket", "backend \"s3\"", "S3 ACL", "S3 (Simple Storage)", "S3 bucket");

  private static final Map<String, String> OTHER_BY_LOWER = OTHER_OPERATIONS.keySet().stream()
      .collect(java.util.stream.Collectors.toMap(k -> k.toLowerCase(Locale.ROOT), k -> k));

  /** A non-S3 operation named in any case ({@code assumeRole}, {@code assume_role}), in AWS's spelling. */
  static String otherOperation(String name) {
    return name == null ? null : OTHER_BY_LOWER.get(name.replace("_", "").toLowerCase(Locale.ROOT));
  }

  /** The denied action's service; else the SDK's; else the operation's; else the endpoint's. */
  static String service(Hit hit, DenialClause clause, String operation, Gate window) {
    if (clause != null && clause.action() != null && clause.action().indexOf(':') > 0) {
      return clause.action().substring(0, clause.action().indexOf(':')).toLowerCase(Locale.ROOT);
    }
    if (hit.service() != null) {
      String s = normalize(hit.service());
      if (s != null) return s;
    }
    if (operation != null) {
      if (OperationActions.isS3Operation(operation)) return "s3";
      return OTHER_OPERATIONS.get(operation);
    }
    for (String sign : S3_SIGNS) {
      if (window != null && window.has(sign)) return "s3";
    }
    return null;
  }

  static boolean isS3(Occurrence e) {
    String op = e.hit().operation();
    return "s3".equals(service(e.hit(), e.clause(), op, null)) || op == null && e.hit().hostId() != null;
  }

  private static String normalize(String raw) {
    String s = raw.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]", "");
    if (s.endsWith(".amazonaws.com")) s = s.substring(0, s.length() - ".amazonaws.com".length());
    if (s.startsWith("amazon")) s = s.substring("amazon".length());
    else if (s.startsWith("aws")) s = s.substring("aws".length());
    return SERVICE_NAMES.getOrDefault(s, s.isEmpty() ? null : s);
  }

  /** The message as printed; a denial sentence broken over lines is put back on one. */
  static String message(String text, Hit hit, DenialClause clause) {
    String printed = hit.message();
    if (clause == null) return printed;
    if (printed != null && clause.principalArn() != null) {
      int user = printed.indexOf("User: " + clause.principalArn());
      // A wrapper's words before the service's sentence ("… threw exception with message: User: …") are not AWS's.
      if (user > 0 && printed.substring(0, user).toLowerCase(Locale.ROOT).contains("exception")) {
        printed = printed.substring(user);
      }
    }
    int lineEnd = text.indexOf('\n', clause.end());
    if (lineEnd < 0) lineEnd = text.length();
    String sentence = text.substring(clause.start(), lineEnd).replace("\\\"", "\"");   // JSON inside JSON
    if (sentence.indexOf('\n') < 0 && printed != null) return printed;
    String flat = Messages.clean(flatten(sentence, clause.principalArn(), clause.action(), clause.resourceArn(),
        clause.policyArn()));
    if (printed == null) return flat;
    int user = printed.indexOf("User:");
    String lead = user > 0 ? printed.substring(0, user) : "";
    return (lead + flat).strip();
  }

  /** Joins lines: a break inside one of the sentence's values disappears, any other becomes one space. */
  static String flatten(String s, String... values) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\n') {
        out.append(c);
        continue;
      }
      boolean spaceBefore = out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1));
      boolean spaceAfter = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
      if (spaceBefore || spaceAfter) {
        while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) out.setLength(out.length() - 1);
        while (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) i++;
        out.append(' ');
      } else {
        int tokenStart = out.lastIndexOf(" ") + 1;
        String token = out.substring(tokenStart).replace("\"", "");
        int fragmentEnd = i + 1;
        while (fragmentEnd < s.length() && !Character.isWhitespace(s.charAt(fragmentEnd))) fragmentEnd++;
        String joined = token + s.substring(i + 1, fragmentEnd).replace("\"", "");
        boolean insideValue = false;
        for (String v : values) {
          insideValue |= v != null && joined.length() > 2 && startsWithin(v, joined);
        }
        if (!insideValue) out.append(' ');
      }
    }
    return out.toString().strip();
  }

  /** Whether {@code joined} (trailing punctuation aside) stands inside {@code value}. */
  private static boolean startsWithin(String value, String joined) {
    String j = joined;
    while (!j.isEmpty() && ".,;:".indexOf(j.charAt(j.length() - 1)) >= 0) j = j.substring(0, j.length() - 1);
    return !j.isEmpty() && value.contains(j);
  }

  static String occurrence(Occurrence e) {
    Hit h = e.hit();
    StringBuilder d = new StringBuilder();
    d.append(h.code() != null ? "`" + h.code() + "`" : h.status() != null ? "HTTP " + h.status() : "an error");
    if (h.code() != null && h.status() != null) d.append(" (").append(h.status()).append(')');
    if (h.operation() != null) d.append(" from `").append(h.operation()).append('`');
    if (e.clause() != null && e.clause().action() != null) d.append(" denying `").append(e.clause().action()).append('`');
    else if (h.message() != null) {
      String m = h.message().length() > 80 ? h.message().substring(0, 80) + "…" : h.message();
      d.append(": ").append(m);
    }
    return d.toString();
  }
}
