package dev.s3403.diagnostics.parse;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 100,000 random and mutated pastes: the parser must answer every one, and what it answers must hold its
 * own invariants. Seeds are fixed so that a failure reproduces.
 */
class ErrorParserFuzzTest {
  private static final int INPUTS = 100_000;

  // Fragments that steer random text into the parser's patterns, so that mutations reach deep paths.
  private static final String[] FRAGMENTS = {"An error occurred (", ") when calling the ", " operation: ",
      "User: ", "arn:aws:", "arn:aws:s3:::", "arn:aws:sts::123456789012:assumed-role/", " is not authorized to perform: ",
      "s3:GetObject", " on resource: \"", "\"", "'", " because no ", " identity-based policy allows the ",
      " with an explicit deny in a ", "service control policy", ": arn:aws:organizations::1:policy/o-1/p-1",
      "<Error><Code>", "</Code><Message>", "</Message>", "<RequestId>", "</RequestId>", "<HostId>", "</Error>",
      "(Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: ", "; S3 Extended Request ID: ",
      "(Service: S3, Status Code: 403, Request ID: ", "operation error S3: ", ", https response error StatusCode: ",
      ", RequestID: ", ", HostID: ", ", api error ", "status code: 403, request id: ", ", host id: ", "s3://", "s3a://",
      "https://", ".s3.amazonaws.com/", ".s3.us-east-1.amazonaws.com", "s3.dualstack.eu-west-1.amazonaws.com/",
      "bucket.vpce-0a1b.s3.us-east-1.vpce.amazonaws.com/", "Bucket=", "Key=", "--bucket ", "&lt;", "&gt;", "&amp;",
      "<https://", "|label>", "```", "`", "“", "”", "‘", "’", "\u200B", "\u00A0", "\uFEFF", "\n", "\r\n", "\t",
      "   at ", "Traceback (most recent call last):", "botocore.exceptions.ClientError: ", "Aws::S3::Errors::",
      "code: '", "$metadata", "httpStatusCode: ", "HTTP/1.1 403 Forbidden", "x-amz-request-id: ", "x-amz-id-2: ",
      "\"errorCode\": \"", "\"eventSource\": \"", "upload failed: ", " to ", "fatal error: ", "(", ")", "[", "]",
      "{", "}", ":", "/", "=", "%", "%2F", "...", "…", "403", "AccessDenied", "Forbidden", "authorization id: ",
      "\\n\\t", "caused by: ", "Error executing \"", "S3 error: ", "-> 403", "PUT 0-byte object  on "};

  private final ErrorParser parser = new ErrorParser();

  @Test
  void should_answer_every_random_and_mutated_paste_without_throwing() {
    // GIVEN
    List<String> seeds = ParserFixturesTest.all().stream().map(ParserFixturesTest.Fixture::text).toList();
    SplittableRandom random = new SplittableRandom(20261122L);
    List<String> failures = new ArrayList<>();
    // WHEN
    for (int i = 0; i < INPUTS; i++) {
      String input = i % 2 == 0 ? randomPaste(random) : mutate(seeds.get(random.nextInt(seeds.size())), random);
      try {
        checkInvariants(parser.parse(input), failures, i);
      } catch (RuntimeException | StackOverflowError e) {
        failures.add("input %d threw %s at %s: %s".formatted(i, e, where(e), abbreviate(input)));
      }
      if (failures.size() > 5) break;
    }
    // THEN
    then(failures).isEmpty();
  }

  private static void checkInvariants(ParsedError p, List<String> failures, int i) {
    if (p == null) {
      failures.add("input %d: no result".formatted(i));
      return;
    }
    if (p.bucket() != null && !S3Location.validBucket(p.bucket())) failures.add("input %d: bucket `%s`".formatted(i, p.bucket()));
    if (p.httpStatus() != null && (p.httpStatus() < 100 || p.httpStatus() > 599)) {
      failures.add("input %d: status %d".formatted(i, p.httpStatus()));
    }
    if (p.denyType() != null && !p.denyType().equals("explicit") && !p.denyType().equals("implicit")) {
      failures.add("input %d: deny type `%s`".formatted(i, p.denyType()));
    }
    if (p.operation() == null && !p.requiredActions().isEmpty()) failures.add("input %d: actions without operation".formatted(i));
  }

  private static String randomPaste(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    int parts = 1 + random.nextInt(60);
    for (int p = 0; p < parts; p++) {
      switch (random.nextInt(4)) {
        case 0 -> s.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 1 -> {
          int n = random.nextInt(20);
          for (int c = 0; c < n; c++) s.append((char) (32 + random.nextInt(95)));
        }
        case 2 -> {
          int n = random.nextInt(8);
          for (int c = 0; c < n; c++) s.append((char) random.nextInt(0x3000));   // controls, surrogates, CJK
        }
        default -> s.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(random.nextInt(1_000_000));
      }
    }
    return s.toString();
  }

  private static String mutate(String seed, SplittableRandom random) {
    StringBuilder s = new StringBuilder(seed);
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(7)) {
        case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(40)));
        case 1 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 2 -> s.insert(at, '\n');
        case 3 -> s.setLength(at);                                                  // cut off
        case 4 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(200))));
        case 5 -> s.setCharAt(at, (char) random.nextInt(0x10000));
        default -> s.reverse();
      }
    }
    return s.toString();
  }

  private static String where(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.s3403")) return frame.toString();
    }
    return "?";
  }

  private static String abbreviate(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() > 300 ? one.substring(0, 300) + "…" : one;
  }
}
