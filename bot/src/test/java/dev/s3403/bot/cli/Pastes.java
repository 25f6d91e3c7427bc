package dev.s3403.bot.cli;

import java.util.List;

/** Pasted errors the command-line tests feed in, and the members spec/cli.md promises in the `parse` JSON. */
final class Pastes {
  private Pastes() {}

  /** An AWS CLI denial that names principal, action, resource, deny type and policy type. */
  static final String EXPLICIT_DENY = "An error occurred (AccessDenied) when calling the GetObject operation: "
      + "User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: s3:GetObject "
      + "on resource: \"arn:aws:s3:::amzn-s3-demo-bucket/path/to/object.txt\" with an explicit deny in a "
      + "resource-based policy";

  /** The bare form: code, operation and message only. */
  static final String BARE_DENIAL = "An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied";

  /** An error that is not a denial. */
  static final String NO_SUCH_KEY = "An error occurred (NoSuchKey) when calling the GetObject operation: "
      + "The specified key does not exist.";

  /** The members of the `parse` JSON in spec/cli.md, in the order shown there. */
  static final List<String> SPEC_MEMBERS = List.of("isAccessDenied", "service", "tool", "operation", "errorCode",
      "httpStatus", "message", "bucket", "key", "principalArn", "action", "resourceArn", "denyType", "policyType",
      "policyArn", "authorizationId", "requestId", "hostId", "region", "requiredActions", "warnings");
}
