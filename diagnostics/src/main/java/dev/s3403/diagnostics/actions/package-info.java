/**
 * The S3 operation-to-IAM-action map (knowledge/s3-403-taxonomy.md §3): for an API operation or an AWS CLI
 * command, the IAM actions it needs, the resource ARN each is checked against, and the condition under which a
 * conditional action applies. The table itself is data: {@code actions/s3-operations.json}.
 */
package dev.s3403.diagnostics.actions;
