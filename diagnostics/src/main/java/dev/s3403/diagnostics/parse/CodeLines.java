package dev.s3403.diagnostics.parse;

import java.util.List;
import java.util.Set;

/**
 * The plainest framing of all: a known AWS error code, a colon, the message ({@code AccessDeniedException:
 * User: … is not authorized …}, {@code AccessDenied: Access Denied}), as JavaScript, Go and many wrappers print
 * it, on a line of its own or inside a log line. Only codes AWS really returns count, so prose with a colon
 * does not.
 */
final class CodeLines {
  private CodeLines() {}

  static final Set<String> KNOWN = Set.of("AccessDenied", "AccessDeniedException", "AllAccessDisabled",
      "AccountProblem", "InvalidAccessKeyId", "SignatureDoesNotMatch", "RequestTimeTooSkewed", "ExpiredToken",
      "ExpiredTokenException", "InvalidToken", "InvalidClientTokenId", "UnrecognizedClientException", "AuthFailure",
      "UnauthorizedOperation", "AuthorizationHeaderMalformed", "NoSuchKey", "NoSuchBucket", "NoSuchBucketPolicy",
      "PermanentRedirect", "InvalidObjectState", "KMSAccessDenied", "KMSAccessDeniedException",
      "KMS.AccessDeniedException", "KMS.DisabledException", "KMS.NotFoundException", "KMS.KMSInvalidStateException",
      "AccessControlListNotSupported", "InvalidPayer", "NotSignedUp", "InvalidSecurity", "Forbidden",
      "InvalidSignatureException", "MissingAuthenticationToken", "IncompleteSignature", "AuthorizationError",
      "UnauthorizedException", "NotAuthorizedException", "AccessDeniedError");

  // Where a message stops inside a one-line dump: a frame, a Go status line, a logfmt field.
  private static final String[] MESSAGE_ENDS = {" at Request.", " at throwDefaultError", " status code: ",
      "\\n", "\\t", " at Object.", " at process."};

  static void collect(String text, List<Hit> hits) {
    for (int colon = text.indexOf(": "); colon >= 0; colon = text.indexOf(": ", colon + 1)) {
      int start = colon;
      while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) start--;
      // Every known code starts with a capital and is 5 to 40 long: most colons are settled without a copy.
      if (colon - start < 5 || colon - start > 40 || !Character.isUpperCase(text.charAt(start))
          || !KNOWN.contains(text.substring(start, colon))) {
        continue;
      }
      if (start > 0 && (text.charAt(start - 1) == '(' || text.charAt(start - 1) == ':')) continue;   // "(AccessDenied)", "Errors::"
      int end = text.indexOf('\n', colon);
      if (end < 0) end = text.length();
      String message = text.substring(colon + 2, end);
      for (String stop : MESSAGE_ENDS) {
        int cut = message.indexOf(stop);
        if (cut >= 0) message = message.substring(0, cut);
      }
      // "botocore.errorfactory.KMSAccessDeniedException: An error occurred (KMSAccessDenied) …": a class name, not a code.
      if (message.startsWith("An error occurred") || message.startsWith("A client error")) continue;
      hits.add(Hit.of(start, colon + 2 + message.length()).code(text.substring(start, colon)).message(message));
    }
  }
}
