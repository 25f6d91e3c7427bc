package dev.s3403.diagnostics.parse;

import dev.s3403.diagnostics.actions.OperationActions;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Operation names that code and stack traces spell in their own case ({@code getObject(}, {@code
 * GetObjectCommand}, {@code put_object(}, {@code GetObjectAsync}), and the Region a request was sent to.
 * Only names the operation-to-action map knows are taken, so a helper such as {@code upload_file} or {@code
 * getObjectMetadata} never becomes an operation.
 */
final class CodeClues {
  private CodeClues() {}

  private static final Pattern OPERATION = Pattern.compile(
      "(?<![A-Za-z0-9])(?:\\w*(?:S3|Kms|KMS|Sts|STS|SecurityTokenService)\\w*(?:Client|Impl)|AmazonS3|S3|s3|client"
          + "|s3_client|s3client|s3Client|S3Api|Client|svc|sts|kms)"
          + "[.#](?<method>[A-Za-z][A-Za-z0-9_]{2,60}?)(?:Async|WithContext)?\\("
          + "|(?<![A-Za-z0-9])(?<type>[A-Z][A-Za-z0-9]{2,60}?)(?:Command|Request|Error|Output|Input)\\b"
          + "|\\.(?<snake>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\\("
          + "|(?::in [`']?|Client#)(?<ruby>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)'"
          + "|(?<![\\w.])(?<logged>[a-z][a-z0-9]*(?:_[a-z0-9]+)+) failed\\b");

  private static final Pattern REGION = Pattern.compile(
      "(?i:X-Amz-Credential=|Credential=)[^&\\s/%]+(?:/|%2F)\\d{8}(?:/|%2F)(?<cred>[a-z]{2}(?:-gov)?-[a-z]+-\\d)"
          + "|\"awsRegion\"\\s*:\\s*\"(?<trail>[a-z]{2}(?:-gov)?-[a-z]+-\\d)\""
          + "|(?i:x-amz-bucket-region)[\"']?:\\s*(?:HeaderValue \\{ _private: H0\\(\")?(?<header>[a-z]{2}(?:-gov)?-[a-z]+-\\d)"
          + "|<Region>(?<xml>[a-z]{2}(?:-gov)?-[a-z]+-\\d)</Region>"
          + "|\\bregion['\"]?\\s*[:=]\\s*['\"](?<js>[a-z]{2}(?:-gov)?-[a-z]+-\\d)['\"]"
          + "|--region[ =](?<cli>[a-z]{2}(?:-gov)?-[a-z]+-\\d)"
          + "|AWS_(?:DEFAULT_)?REGION=(?<env>[a-z]{2}(?:-gov)?-[a-z]+-\\d)");

  /** The operation code names, preferring the stack frames at and after {@code from} (the error's own). */
  static String operation(String text, int from) {
    String after = first(text, from, text.length());
    return after != null ? after : first(text, 0, from);
  }

  static String operation(String text) {
    return first(text, 0, text.length());
  }

  private static String first(String text, int from, int to) {
    Matcher m = OPERATION.matcher(text).region(from, to);
    while (m.find()) {
      String name = m.group("method") != null ? m.group("method") : m.group("type") != null ? m.group("type")
          : m.group("snake") != null ? m.group("snake") : m.group("ruby") != null ? m.group("ruby") : m.group("logged");
      Optional<String> op = OperationActions.canonical(name);
      if (op.isPresent()) return op.get();
      String other = Describe.otherOperation(name);
      if (other != null) return other;
    }
    return null;
  }

  static String region(String text) {
    if (text.indexOf("egion") < 0 && text.indexOf("redential") < 0 && text.indexOf("REGION") < 0) return null;
    Matcher m = REGION.matcher(text);
    if (!m.find()) return null;
    for (String g : new String[] {"cred", "trail", "header", "xml", "js", "cli", "env"}) {
      if (m.group(g) != null) return m.group(g);
    }
    return null;
  }
}
