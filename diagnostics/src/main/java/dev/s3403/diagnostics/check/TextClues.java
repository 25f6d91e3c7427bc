package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.actions.RequiredAction;
import dev.s3403.diagnostics.parse.ParsedError;
import dev.s3403.diagnostics.policy.Arns;
import java.util.Locale;

/**
 * What the pasted text says, in the terms the checks ask about (taxonomy §5.1): the parsed fields, and the
 * text itself for the clues the parser does not turn into fields (a command-line flag, a host name).
 */
public record TextClues(ParsedError parsed, String lowerText) {

  public static TextClues of(ParsedError parsed, String text) {
    return new TextClues(parsed, text == null ? "" : text.toLowerCase(Locale.ROOT));
  }

  /** Whether the text contains this fragment, ignoring case. */
  public boolean has(String fragment) {
    return lowerText.contains(fragment.toLowerCase(Locale.ROOT));
  }

  public boolean hasAny(String... fragments) {
    for (String f : fragments) {
      if (has(f)) return true;
    }
    return false;
  }

  /** Whether the AWS error code is one of these, ignoring case. */
  public boolean code(String... codes) {
    String code = parsed.errorCode();
    if (code == null) return false;
    for (String c : codes) {
      if (code.equalsIgnoreCase(c)) return true;
    }
    return false;
  }

  /** Whether the service's message contains this fragment, ignoring case. */
  public boolean message(String fragment) {
    return parsed.message() != null && parsed.message().toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
  }

  /** "because no {policyType} allows", as AWS words the policy type ({@code identity-based policy}, …). */
  public boolean implicitIn(String policyType) {
    return "implicit".equals(parsed.denyType()) && policyType.equals(parsed.policyType());
  }

  /** "with an explicit deny in a {policyType}". */
  public boolean explicitIn(String policyType) {
    return "explicit".equals(parsed.denyType()) && policyType.equals(parsed.policyType());
  }

  /** The message names a denying policy type, explicitly or implicitly. */
  public boolean namesPolicyType() {
    return parsed.policyType() != null;
  }

  /** The denied IAM action's service prefix is this one ({@code kms}, {@code s3}). */
  public boolean actionIn(String service) {
    return parsed.action() != null && parsed.action().toLowerCase(Locale.ROOT).startsWith(service + ":");
  }

  public boolean action(String action) {
    return action.equalsIgnoreCase(parsed.action());
  }

  public boolean operation(String... operations) {
    for (String o : operations) {
      if (o.equals(parsed.operation())) return true;
    }
    return false;
  }

  /** An upload: the operations that write an object's bytes, and so carry encryption and ACL headers. */
  public boolean upload() {
    return operation("PutObject", "CopyObject", "CreateMultipartUpload", "UploadPart", "UploadPartCopy",
        "CompleteMultipartUpload", "PostObject");
  }

  /** A 403 with no body: a HEAD request, where S3 cannot say why ("Forbidden" and nothing else). */
  public boolean bodyless() {
    boolean forbidden = parsed.errorCode() == null || parsed.errorCode().equals("403") || parsed.errorCode().equalsIgnoreCase("Forbidden");
    return parsed.isAccessDenied() && forbidden && parsed.principalArn() == null && !namesPolicyType();
  }

  /** "Access Denied" with no principal and no policy type: cross-organization, anonymous, or a missing object. */
  public boolean bare() {
    return parsed.isAccessDenied() && parsed.principalArn() == null && !namesPolicyType();
  }

  /** A presigned URL: its signature travels in the query string. */
  public boolean presigned() {
    return hasAny("x-amz-signature=", "x-amz-credential=", "awsaccesskeyid=");
  }

  /** A request that carries no credentials: no principal, no signature, no SDK that signs. */
  public boolean unsigned() {
    return bare() && !presigned() && parsed.tool() == null;
  }

  /** The denied action is not one the operation always needs: a conditional one (an ACL, a KMS key, a tag). */
  public boolean conditionalActionDenied() {
    if (parsed.action() == null || parsed.requiredActions().isEmpty()) return false;
    for (RequiredAction r : parsed.requiredActions()) {
      if (r.action().equalsIgnoreCase(parsed.action())) return !"always".equals(r.when());
    }
    return true;
  }

  /** The account of the principal the message names, or null. */
  public String principalAccount() {
    return Arns.account(parsed.principalArn());
  }

  /** The account of the denied resource when its ARN carries one (KMS keys do, S3 ARNs do not), or null. */
  public String resourceAccount() {
    return Arns.account(parsed.resourceArn());
  }
}
