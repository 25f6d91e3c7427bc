package dev.s3403.diagnostics.evidence.aws;

import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * One AWS call, with its failure turned into evidence: an error code that means "does not exist" writes
 * {@code null}; anything else (AccessDenied to the collector itself, throttling after retries, a timeout, a network
 * failure) writes an {@code unavailable} entry with the reason. Never throws for AWS's answers. {@link #attempt}
 * gives the same outcome without writing it, for collectors that decide what to write from several calls.
 */
public final class Calls {
  private Calls() {}

  /** What one call gave, before anything is written. */
  public sealed interface Answer<T> {
    /** AWS answered. */
    record Value<T>(T value) implements Answer<T> {}

    /** AWS said the thing does not exist: one of the error codes given as meaning so. */
    record Missing<T>() implements Answer<T> {}

    /** Not read; the reason is worded for {@code unavailable}: "AccessDeniedException on kms:ListGrants". */
    record Failed<T>(String reason) implements Answer<T> {}
  }

  /**
   * @param pointer where the answer goes in the bundle
   * @param action the IAM action this call needs (for the reason, the audit and the policy check)
   * @param missing error codes meaning the thing does not exist ({@code NoSuchBucketPolicy}, …)
   * @return the answer, or null when it failed or does not exist (the draft already says which)
   */
  public static <T> T call(Draft draft, String pointer, String action, Set<String> missing, Supplier<T> call) {
    return switch (attempt(draft, action, missing, call)) {
      case Answer.Value<T>(T value) -> value;
      case Answer.Missing<T> none -> {
        draft.none(pointer);
        yield null;
      }
      case Answer.Failed<T>(String reason) -> {
        draft.unavailable(pointer, reason);
        yield null;
      }
    };
  }

  /** The same call, with its outcome returned instead of written: the caller writes it, wherever it belongs. */
  public static <T> Answer<T> attempt(Draft draft, String action, Set<String> missing, Supplier<T> call) {
    draft.called(action);
    try {
      return new Answer.Value<>(call.get());
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      if (code != null && missing.contains(code) || code == null && e.statusCode() == 404 && missing.contains("404")) {
        return new Answer.Missing<>();
      }
      return new Answer.Failed<>(reason(code, e.statusCode(), action));
    } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
      return new Answer.Failed<>("timed out on " + action);
    } catch (SdkClientException e) {
      return new Answer.Failed<>("could not reach AWS for " + action + " (" + rootMessage(e) + ")");
    }
  }

  private static String reason(String code, int status, String action) {
    if (code == null) return "HTTP " + status + " on " + action;
    return switch (code) {
      case "Throttling", "ThrottlingException", "SlowDown", "TooManyRequestsException", "RequestLimitExceeded" ->
          "throttled on " + action + " (after retries)";
      default -> code + " on " + action;
    };
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.length() > 120 ? m.substring(0, 120) + "…" : m;
  }
}
