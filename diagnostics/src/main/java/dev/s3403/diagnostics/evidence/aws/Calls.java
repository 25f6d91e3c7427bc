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
 * failure) writes an {@code unavailable} entry with the reason. Never throws for AWS's answers.
 */
public final class Calls {
  private Calls() {}

  /**
   * @param pointer where the answer goes in the bundle
   * @param action the IAM action this call needs (for the reason, the audit and the policy check)
   * @param missing error codes meaning the thing does not exist ({@code NoSuchBucketPolicy}, …)
   * @return the answer, or null when it failed or does not exist (the draft already says which)
   */
  public static <T> T call(Draft draft, String pointer, String action, Set<String> missing, Supplier<T> call) {
    draft.called(action);
    try {
      return call.get();
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      if (code != null && missing.contains(code) || code == null && e.statusCode() == 404 && missing.contains("404")) {
        draft.none(pointer);
        return null;
      }
      draft.unavailable(pointer, reason(code, e.statusCode(), action));
      return null;
    } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
      draft.unavailable(pointer, "timed out on " + action);
      return null;
    } catch (SdkClientException e) {
      draft.unavailable(pointer, "could not reach AWS for " + action + " (" + rootMessage(e) + ")");
      return null;
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
