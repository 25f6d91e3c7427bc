package dev.s3403.diagnostics.actions;

import java.util.List;

/**
 * An AWS CLI command line resolved to the S3 API calls it makes and the IAM actions those calls need.
 *
 * @param command    the command without its arguments, e.g. {@code aws s3 cp} or {@code aws s3api put-object}
 * @param operations the API operations the command may call, in call order (multipart calls included);
 *                   empty for {@code aws s3 presign}, which signs locally
 * @param actions    the actions needed; conditions the command line rules out are left out
 */
public record CliCommand(String command, List<String> operations, List<RequiredAction> actions) {

  public CliCommand {
    operations = List.copyOf(operations);
    actions = List.copyOf(actions);
  }
}
