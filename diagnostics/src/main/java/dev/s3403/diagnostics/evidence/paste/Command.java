package dev.s3403.diagnostics.evidence.paste;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The commands whose output s3-403 reads, with the API operation an error line names and the IAM action a user needs
 * to run them (an {@code AccessDenied} on that action is itself evidence: the member stays unavailable).
 */
enum Command {
  GET_CALLER_IDENTITY("sts", "get-caller-identity", "GetCallerIdentity", "sts:GetCallerIdentity"),
  GET_BUCKET_POLICY("s3api", "get-bucket-policy", "GetBucketPolicy", "s3:GetBucketPolicy"),
  GET_BUCKET_PUBLIC_ACCESS_BLOCK("s3api", "get-public-access-block", "GetPublicAccessBlock",
      "s3:GetBucketPublicAccessBlock"),
  GET_ACCOUNT_PUBLIC_ACCESS_BLOCK("s3control", "get-public-access-block", "GetPublicAccessBlock",
      "s3:GetAccountPublicAccessBlock"),
  GET_BUCKET_ENCRYPTION("s3api", "get-bucket-encryption", "GetBucketEncryption", "s3:GetEncryptionConfiguration"),
  GET_BUCKET_OWNERSHIP_CONTROLS("s3api", "get-bucket-ownership-controls", "GetBucketOwnershipControls",
      "s3:GetBucketOwnershipControls"),
  GET_BUCKET_REQUEST_PAYMENT("s3api", "get-bucket-request-payment", "GetBucketRequestPayment",
      "s3:GetBucketRequestPayment"),
  HEAD_OBJECT("s3api", "head-object", "HeadObject", "s3:GetObject"),
  GET_OBJECT_ACL("s3api", "get-object-acl", "GetObjectAcl", "s3:GetObjectAcl"),
  GET_BUCKET_ACL("s3api", "get-bucket-acl", "GetBucketAcl", "s3:GetBucketAcl"),
  GET_KEY_POLICY("kms", "get-key-policy", "GetKeyPolicy", "kms:GetKeyPolicy"),
  DESCRIBE_KEY("kms", "describe-key", "DescribeKey", "kms:DescribeKey"),
  GET_ROLE("iam", "get-role", "GetRole", "iam:GetRole"),
  GET_ROLE_POLICY("iam", "get-role-policy", "GetRolePolicy", "iam:GetRolePolicy"),
  GET_POLICY_VERSION("iam", "get-policy-version", "GetPolicyVersion", "iam:GetPolicyVersion"),
  LIST_ATTACHED_ROLE_POLICIES("iam", "list-attached-role-policies", "ListAttachedRolePolicies",
      "iam:ListAttachedRolePolicies"),
  DESCRIBE_POLICY("organizations", "describe-policy", "DescribePolicy", "organizations:DescribePolicy"),
  DESCRIBE_VPC_ENDPOINTS("ec2", "describe-vpc-endpoints", "DescribeVpcEndpoints", "ec2:DescribeVpcEndpoints"),
  /** Not a command: an IAM policy document pasted on its own. */
  POLICY_DOCUMENT("", "", "", "");

  private final String service;
  private final String operation;
  private final String apiOperation;
  private final String action;

  Command(String service, String operation, String apiOperation, String action) {
    this.service = service;
    this.operation = operation;
    this.apiOperation = apiOperation;
    this.action = action;
  }

  /** {@code aws s3api get-bucket-policy}; for a bare policy, {@code an IAM policy document}. */
  String display() {
    return this == POLICY_DOCUMENT ? "an IAM policy document" : "aws " + service + " " + operation;
  }

  String action() {
    return action;
  }

  static Optional<Command> of(CommandLine line) {
    return Arrays.stream(values())
        .filter(c -> c != POLICY_DOCUMENT && c.service.equals(line.service()) && c.operation.equals(line.operation()))
        .findFirst();
  }

  /** The commands of an API operation: GetPublicAccessBlock is both the bucket's and the account's. */
  static List<Command> ofApiOperation(String apiOperation) {
    return Arrays.stream(values()).filter(c -> c != POLICY_DOCUMENT && c.apiOperation.equals(apiOperation)).toList();
  }
}
